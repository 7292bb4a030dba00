package dev.genuine.cli;

import dev.genuine.models.embedding.EmbeddingModel;
import dev.genuine.models.embedding.EmbeddingRepository;
import dev.genuine.models.embedding.EmbeddingTrainer;
import dev.genuine.models.embedding.ModelCard;
import dev.genuine.models.runtime.NativeThreads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code genuine model train --embedding}: trains a photo embedding model on generated product photos and their
 * edits, measures it on held-out photos and stores it, unpromoted, under a version derived from its settings and
 * training data. The training log goes to stderr as it happens; the card's figures to stdout.
 */
final class ModelTrainEmbedding {
    static final long DEFAULT_SEED = EmbeddingTrainer.Settings.SHIPPED_SEED;
    static final int DEFAULT_SOURCES = EmbeddingTrainer.Settings.SHIPPED_SOURCES;
    static final int DEFAULT_AUGMENTATIONS = EmbeddingTrainer.Settings.SHIPPED_AUGMENTATIONS;
    static final int DEFAULT_EPOCHS = EmbeddingTrainer.Settings.SHIPPED_EPOCHS;

    private final EmbeddingRepository repository;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    ModelTrainEmbedding(EmbeddingRepository repository, PrintWriter out, PrintWriter err, boolean json) {
        this.repository = repository;
        this.out = out;
        this.err = err;
        this.json = json;
    }

    /** Trains with the given settings, the shipped model's where null. */
    int train(Long seed, Integer sources, Integer augmentations, Integer epochs) throws IOException {
        EmbeddingTrainer.Settings shipped = EmbeddingTrainer.Settings.shipped();
        EmbeddingTrainer.Settings settings;
        try {
            settings = new EmbeddingTrainer.Settings(sources == null ? DEFAULT_SOURCES : sources,
                    augmentations == null ? DEFAULT_AUGMENTATIONS : augmentations, epochs == null ? DEFAULT_EPOCHS : epochs,
                    seed == null ? DEFAULT_SEED : seed, shipped.learningRate(), shipped.batch());
        } catch (IllegalArgumentException e) {
            throw new ExitException(BaseCommand.EXIT_USAGE, e.getMessage());
        }
        NativeThreads.single();
        String command = String.format("genuine model train --embedding --seed %d --sources %d --augmentations %d --epochs %d",
                settings.seed(), settings.sources(), settings.augmentations(), settings.epochs());
        EmbeddingModel model = repository.train(settings, command, new PrintStream(new LineForwarder(err), true, StandardCharsets.UTF_8));
        ModelCard card = model.card();
        String path = model.folder().orElseThrow().toString();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("version", card.version());
            m.put("path", path);
            m.put("trainingDataSha256", card.trainingDataSha256());
            m.put("seed", card.seed());
            m.put("settings", card.settings());
            m.put("epochLoss", card.epochLoss());
            m.put("similarityThreshold", card.similarityThreshold());
            m.put("matchRecall", card.matchRecall());
            m.put("heldOut", card.heldOut());
            out.println(Json.line(m));
        } else {
            out.printf("trained %s on %d generated photos x %d samples, %d epoch(s) (seed %d, training data %s), saved in %s%n",
                    card.version(), settings.sources(), settings.augmentations(), settings.epochs(), card.seed(),
                    card.trainingDataSha256().substring(0, 12), path);
            out.printf("held-out recall on %d generated originals never trained on, per edit:%n", card.heldOutSources());
            out.print(card.heldOutTable());
            out.printf("matcher threshold: similarity %.3f (per-query FPR %.2f; pooled held-out recall %.3f)%n",
                    card.similarityThreshold(), card.matchFpr(), card.matchRecall());
            out.println("not promoted: switch with 'genuine model promote " + card.version() + "'; scans use it with 'genuine scan --embedding'");
        }
        return BaseCommand.EXIT_OK;
    }

    /** Passes a byte stream on to a writer line by line, so training progress shows while it runs. */
    private static final class LineForwarder extends OutputStream {
        private final PrintWriter target;
        private final ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        LineForwarder(PrintWriter target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            if (b != '\n') {
                line.write(b);
                return;
            }
            target.println(line.toString(StandardCharsets.UTF_8));
            target.flush();
            line.reset();
        }
    }
}
