package dev.genuine.models.calibration;

import java.util.Map;

/** Maps a model's raw score to a probability, so a calibrated 0.9 means about 90% of such listings infringe. */
public interface Calibrator {
    /** "platt" or "isotonic"; stored in the model card with {@link #parameters()}. */
    String kind();

    /** The fitted parameters, JSON-friendly, enough for {@link Calibrators#restore} to rebuild this calibrator. */
    Map<String, Object> parameters();

    /** A probability in [0, 1] for a raw score in [0, 1]. */
    double calibrate(double raw);
}
