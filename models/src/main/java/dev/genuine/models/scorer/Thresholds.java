package dev.genuine.models.scorer;

/** The policy's score thresholds at which precision and recall are reported. */
public record Thresholds(double review, double takedown) {
    /** The defaults the evaluation uses when no policy file says otherwise. */
    public static final Thresholds DEFAULT = new Thresholds(0.5, 0.9);

    public Thresholds {
        if (!(review >= 0 && review <= takedown && takedown <= 1)) {
            throw new IllegalArgumentException("thresholds need 0 <= review <= takedown <= 1, got " + review + ", " + takedown);
        }
    }
}
