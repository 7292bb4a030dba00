package dev.genuine.cli;

import dev.genuine.models.card.ModelCard;
import dev.genuine.models.card.ModelMetrics;
import dev.genuine.models.scorer.ModelRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code genuine model list}: the shipped scorer and embedding models and the home's stored ones, with their cards' key figures. */
@Command(name = "list", description = "List the shipped and stored models (scorers, photo embeddings) with their cards' key figures.")
final class ModelListCommand extends BaseCommand {
    @Mixin
    FormatMixin format;

    @Override
    protected int run() {
        ModelRepository models = Scorers.repository(home.path());
        Optional<String> current = models.currentVersion();
        List<ModelCard> cards = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        EmbeddingModelList embeddings;
        try {
            cards.add(ModelRepository.shipped().card());
            sources.add("shipped");
            for (String v : models.versions()) {
                cards.add(models.load(v).card());
                sources.add("stored");
            }
            embeddings = new EmbeddingModelList(Embeddings.repository(home.path()));
        } catch (RuntimeException e) {
            throw new ExitException(EXIT_FAILED, "cannot read the models in " + home.path().resolve(Scorers.MODELS_FOLDER) + ": " + e.getMessage(), e);
        }
        // A promoted version is always a stored one (promoting the shipped model stores a copy); else the shipped row.
        List<Boolean> isCurrent = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            boolean stored = sources.get(i).equals("stored");
            isCurrent.add(current.isPresent() ? stored && current.get().equals(cards.get(i).version()) : i == 0);
        }
        if (format.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < cards.size(); i++) {
                ModelCard c = cards.get(i);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", "scorer");
                m.put("version", c.version());
                m.put("source", sources.get(i));
                m.put("current", isCurrent.get(i));
                m.put("created", c.created());
                m.put("trainingExamples", c.trainingExamples());
                m.put("seed", c.seed());
                m.put("metrics", ModelFigures.map(c.metrics()));
                rows.add(m);
            }
            rows.addAll(embeddings.rows());
            out().println(Json.line(rows));
            return EXIT_OK;
        }
        var table = new TextTable(List.of("", "VERSION", "SOURCE", "CREATED", "EXAMPLES", "SEED", "ECE", "AUC", "TAKEDOWN P/R"), 1, 24, 8, 20, 8, 12, 6, 6, 13);
        for (int i = 0; i < cards.size(); i++) {
            ModelCard c = cards.get(i);
            ModelMetrics m = c.metrics();
            table.row(isCurrent.get(i) ? "*" : "", c.version(), sources.get(i), c.created(), c.trainingExamples(), c.seed(),
                    String.format(Locale.ROOT, "%.4f", m.ece()), String.format(Locale.ROOT, "%.4f", m.auc()),
                    String.format(Locale.ROOT, "%.3f/%.3f", m.at("takedown").precision(), m.at("takedown").recall()));
        }
        table.print(out());
        out().println(current.isPresent() ? "* current model (promoted); scans without --scorer use it"
                : "* current model (shipped; nothing promoted, so scans without --scorer use the transparent scorer)");
        out().println();
        embeddings.print(out());
        return EXIT_OK;
    }
}
