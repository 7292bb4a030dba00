package dev.genuine.models.card;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a shipped or trained model is, stored next to its network file: identity, the exact features it
 * reads, what it was trained on, how it was calibrated and how well it does on held-out data. Everything in
 * it follows from the training data and configuration, so retraining with the same inputs gives the same card.
 *
 * @param created              ISO-8601 instant of the newest label in the training data, not the wall clock, so the card is reproducible
 * @param trainingDataHash     SHA-256 over the canonical JSON of the labelled training set
 * @param training             the training configuration (seed, epochs, layer sizes, split fractions)
 * @param calibrator           kind ("platt" or "isotonic")
 * @param calibratorParameters the fitted calibrator parameters
 * @param uncalibrated         the raw network's held-out figures, to show what calibration bought
 * @param metrics              the calibrated scorer's held-out figures
 */
public record ModelCard(String name, String version, String created, String featureSchemaVersion, List<String> features,
                        String trainingDataHash, int trainingExamples, long seed, Map<String, Object> training,
                        String calibrator, Map<String, Object> calibratorParameters,
                        ModelMetrics uncalibrated, ModelMetrics metrics) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ModelCard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Instant.parse(Objects.requireNonNull(created, "created"));
        features = List.copyOf(features);
        training = Map.copyOf(training);
        calibratorParameters = Map.copyOf(calibratorParameters);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write model card " + version, e);
        }
    }

    /** Reads a card; {@code source} names the file in the error. */
    public static ModelCard fromJson(String json, String source) {
        try {
            return JSON.readValue(json, ModelCard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not a model card: " + e.getOriginalMessage(), e);
        }
    }
}
