package dev.genuine.models.scorer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The seeded three-way split of labelled examples into training, calibration and test parts. A listing's
 * candidates (one per rights holder) stay in one part, so a listing seen in training is never measured on.
 */
record Split(List<LabelledCandidate> training, List<LabelledCandidate> calibration, List<LabelledCandidate> test) {
    Split {
        training = List.copyOf(training);
        calibration = List.copyOf(calibration);
        test = List.copyOf(test);
    }

    static Split of(List<LabelledCandidate> examples, TrainingConfig config) {
        Map<String, List<LabelledCandidate>> byListing = new LinkedHashMap<>();
        for (LabelledCandidate e : examples) byListing.computeIfAbsent(e.candidate().listingId(), id -> new ArrayList<>()).add(e);
        List<List<LabelledCandidate>> listings = new ArrayList<>(byListing.values());
        Collections.shuffle(listings, new Random(config.seed()));
        long testSize = Math.round(examples.size() * config.testFraction());
        long calibrationSize = Math.round(examples.size() * config.calibrationFraction());
        List<LabelledCandidate> test = new ArrayList<>();
        List<LabelledCandidate> calibration = new ArrayList<>();
        List<LabelledCandidate> training = new ArrayList<>();
        for (List<LabelledCandidate> listing : listings) {
            if (test.size() < testSize) test.addAll(listing);
            else if (calibration.size() < calibrationSize) calibration.addAll(listing);
            else training.addAll(listing);
        }
        return new Split(training, calibration, test);
    }
}
