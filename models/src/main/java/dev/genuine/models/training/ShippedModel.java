package dev.genuine.models.training;

import dev.genuine.models.runtime.NativeThreads;
import dev.genuine.models.scorer.MlpScorer;
import dev.genuine.policy.Policy;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Retrains the shipped default scorer as {@code genuine model train} does with its defaults (a testdata corpus
 * of seed {@link PipelineTraining#DEFAULT_SEED}, {@link PipelineTraining#DEFAULT_PER_CASE} listings per case, with images, through the pipeline, at
 * the default policy's thresholds) and writes it into a folder, normally
 * {@code models/src/main/resources/dev/genuine/models/scorer}. Same seed, same model card.
 */
public final class ShippedModel {
    private ShippedModel() {}

    /** Usage: {@code ShippedModel OUTPUT_FOLDER}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ShippedModel OUTPUT_FOLDER");
            System.exit(2);
        }
        NativeThreads.single();
        MlpScorer scorer;
        try (WorkFolder work = WorkFolder.create("genuine-shipped-")) {
            scorer = PipelineTraining.fromTestdata(PipelineTraining.Settings.defaults(), Policy.DEFAULT, work.path(), System.err::println).scorer();
        }
        scorer.save(Path.of(args[0]));
        System.out.printf("%s: ECE %.4f (raw %.4f), AUC %.4f, takedown precision %.4f recall %.4f, calibrator %s%n",
                scorer.version(), scorer.card().metrics().ece(), scorer.card().uncalibrated().ece(), scorer.card().metrics().auc(),
                scorer.card().metrics().at("takedown").precision(), scorer.card().metrics().at("takedown").recall(),
                scorer.card().calibrator());
    }
}
