package dev.genuine.cli;

import dev.genuine.models.embedding.EmbeddingModel;
import dev.genuine.models.embedding.EmbeddingRepository;
import dev.genuine.models.embedding.ModelCard;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The photo embedding models {@code genuine model list} shows: the shipped one and the home's trained ones, current marked. */
final class EmbeddingModelList {
    private final List<EmbeddingModel> models = new ArrayList<>();
    private final Optional<String> promoted;
    private final String current;

    EmbeddingModelList(EmbeddingRepository repository) {
        models.add(EmbeddingModel.shipped());
        repository.versions().forEach(v -> models.add(repository.load(v)));
        promoted = repository.currentVersion();
        current = promoted.orElse(models.get(0).version());
    }

    /** One JSON row per model. */
    List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EmbeddingModel model : models) {
            ModelCard c = model.card();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", "embedding");
            m.put("version", c.version());
            m.put("source", source(model));
            m.put("current", c.version().equals(current));
            m.put("seed", c.seed());
            m.put("settings", c.settings());
            m.put("similarityThreshold", c.similarityThreshold());
            m.put("matchRecall", c.matchRecall());
            rows.add(m);
        }
        return rows;
    }

    void print(PrintWriter out) {
        var table = new TextTable(List.of("", "EMBEDDING VERSION", "SOURCE", "SEED", "PHOTOS x SAMPLES x EPOCHS", "THRESHOLD", "HELD-OUT RECALL"),
                1, 30, 8, 12, 26, 9, 15);
        for (EmbeddingModel model : models) {
            ModelCard c = model.card();
            table.row(c.version().equals(current) ? "*" : "", c.version(), source(model), c.seed(),
                    c.settings().sources() + " x " + c.settings().augmentations() + " x " + c.settings().epochs(),
                    String.format(Locale.ROOT, "%.3f", c.similarityThreshold()), String.format(Locale.ROOT, "%.3f", c.matchRecall()));
        }
        table.print(out);
        out.println(promoted.isPresent() ? "* current embedding model (promoted); scans with --embedding use it"
                : "* current embedding model (shipped; nothing promoted); scans with --embedding use it");
    }

    private static String source(EmbeddingModel model) {
        return model.folder().isPresent() ? "stored" : "shipped";
    }
}
