package dev.genuine.models.calibration;

/**
 * One row of a reliability table: the examples whose predicted probability fell in [lower, upper).
 *
 * @param meanPredicted average predicted probability in the bin
 * @param observedRate  fraction of the bin's examples that were actually infringing
 */
public record ReliabilityBin(double lower, double upper, int count, double meanPredicted, double observedRate) {
    public ReliabilityBin {
        if (count < 0) throw new IllegalArgumentException("count must be >= 0");
    }
}
