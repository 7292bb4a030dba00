package dev.genuine.models.card;

/**
 * How a scorer does at one policy threshold: of the held-out examples scoring at or above it, the share that
 * infringe (precision), and the share of infringing examples it catches (recall).
 *
 * @param name "takedown" or "review"
 */
public record ThresholdMetrics(String name, double threshold, int flagged, double precision, double recall) {
    public ThresholdMetrics {
        if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("threshold out of [0,1]: " + threshold);
    }
}
