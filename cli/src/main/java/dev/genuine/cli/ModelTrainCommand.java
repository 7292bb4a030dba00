package dev.genuine.cli;

import dev.genuine.models.card.ModelCard;
import dev.genuine.models.scorer.MlpScorer;
import dev.genuine.models.scorer.TrainedScorer;
import dev.genuine.models.training.DecisionExamples;
import dev.genuine.models.training.PipelineTraining;
import dev.genuine.models.training.WorkFolder;
import dev.genuine.policy.Policy;
import dev.genuine.scan.DetectorParts;
import dev.genuine.score.TransparentScorer;
import dev.genuine.store.GenuineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code genuine model train}: trains a scorer model on a corpus of the testdata generator passed through the
 * pipeline (or, with --from-decisions, on the home's moderator verdicts and appeal outcomes) and saves it in the
 * home's models folder without promoting it. Same seed and data, same model and card. With --embedding it trains
 * a photo embedding model instead (see {@link ModelTrainEmbedding}).
 */
@Command(name = "train", description = "Train a scorer model through the pipeline on generated test data (or the store's own labels) "
        + "and save it, unpromoted; --embedding: train a photo embedding model instead.")
final class ModelTrainCommand extends BaseCommand {
    @Option(names = "--seed", paramLabel = "N", description = "seed of the generated corpus, the split and the network (default: "
            + PipelineTraining.DEFAULT_SEED + "; with --embedding " + ModelTrainEmbedding.DEFAULT_SEED + ")")
    Long seed;

    @Option(names = "--per-case", paramLabel = "N", description = "generated listings per case kind (default: " + PipelineTraining.DEFAULT_PER_CASE + ")")
    Integer perCase;

    @Option(names = "--epochs", paramLabel = "N", description = "training epochs (default: " + PipelineTraining.DEFAULT_EPOCHS
            + "; with --embedding " + ModelTrainEmbedding.DEFAULT_EPOCHS + ")")
    Integer epochs;

    @Option(names = "--embedding", description = "train a photo embedding model (generated product photos and their edits) instead of a scorer")
    boolean embedding;

    @Option(names = "--sources", paramLabel = "N", description = "with --embedding: generated source photos (default: " + ModelTrainEmbedding.DEFAULT_SOURCES + ")")
    Integer sources;

    @Option(names = "--augmentations", paramLabel = "N", description = "with --embedding: samples per source photo, the original and its random edits (default: "
            + ModelTrainEmbedding.DEFAULT_AUGMENTATIONS + ")")
    Integer augmentations;

    @Option(names = "--no-images", description = "text signals only (faster; the model then never sees image matches)")
    boolean noImages;

    @Option(names = "--from-decisions", description = "train on the store's moderator verdicts and appeal outcomes instead of generated data")
    boolean fromDecisions;

    @Mixin
    FormatMixin format;

    @Override
    protected int run() throws IOException {
        if (embedding) {
            if (fromDecisions || noImages || perCase != null) {
                throw new ExitException(EXIT_USAGE, "--embedding trains on generated photos: it cannot go with --from-decisions, --no-images or --per-case");
            }
            return new ModelTrainEmbedding(Embeddings.repository(home.path()), out(), err(), format.json()).train(seed, sources, augmentations, epochs);
        }
        if (sources != null || augmentations != null) {
            throw new ExitException(EXIT_USAGE, "--sources and --augmentations are for --embedding training");
        }
        PipelineTraining.Settings settings;
        try {
            settings = new PipelineTraining.Settings(seed == null ? PipelineTraining.DEFAULT_SEED : seed,
                    perCase == null ? PipelineTraining.DEFAULT_PER_CASE : perCase, !noImages,
                    epochs == null ? PipelineTraining.DEFAULT_EPOCHS : epochs);
        } catch (IllegalArgumentException e) {
            throw new ExitException(EXIT_USAGE, e.getMessage());
        }
        Policy policy = Homes.policy(home);
        TrainedScorer trained = fromDecisions ? fromDecisions(settings, policy) : fromTestdata(settings, policy);
        MlpScorer scorer = trained.scorer();
        Path saved = Scorers.repository(home.path()).save(scorer);
        ModelCard card = scorer.card();
        if (format.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("version", card.version());
            m.put("path", saved.toString());
            m.put("trainingDataHash", card.trainingDataHash());
            m.put("trainingExamples", card.trainingExamples());
            m.put("seed", card.seed());
            m.put("calibrator", card.calibrator());
            m.put("uncalibrated", ModelFigures.map(card.uncalibrated()));
            m.put("metrics", ModelFigures.map(card.metrics()));
            out().println(Json.line(m));
        } else {
            out().printf("trained %s on %d candidates (seed %d, training data %s), saved in %s%n", card.version(),
                    card.trainingExamples(), card.seed(), card.trainingDataHash().substring(0, 12), saved);
            out().println("calibrated (" + card.calibrator() + "): " + ModelFigures.line(card.metrics()));
            out().println("raw network: " + ModelFigures.line(card.uncalibrated()));
            out().println("not promoted: compare with 'genuine model evaluate " + card.version() + "', switch with 'genuine model promote " + card.version() + "'");
        }
        return EXIT_OK;
    }

    private TrainedScorer fromTestdata(PipelineTraining.Settings settings, Policy policy) throws IOException {
        try (WorkFolder work = WorkFolder.create("genuine-train-")) {
            return PipelineTraining.fromTestdata(settings, policy, work.path(), err()::println);
        }
    }

    private TrainedScorer fromDecisions(PipelineTraining.Settings settings, Policy policy) {
        try (GenuineStore store = Homes.open(home);
             DetectorParts parts = DetectorParts.open(store, home.path(), new TransparentScorer(), policy, settings.images())) {
            DecisionExamples.Result data = DecisionExamples.from(store, parts.detector());
            if (!data.enough()) {
                throw new ExitException(EXIT_FAILED, String.format("too few labels to train on: %d listing(s) judged by people (%d takedown, %d allow);"
                                + " --from-decisions needs at least %d, with at least %d of each verdict", data.labels().size(), data.infringing(),
                        data.labels().size() - data.infringing(), DecisionExamples.MIN_LABELS, DecisionExamples.MIN_PER_CLASS));
            }
            err().println("training on " + data.examples().size() + " candidates of " + data.labels().size() + " listings judged by people");
            return PipelineTraining.fromDecisions(data, settings, policy);
        }
    }
}
