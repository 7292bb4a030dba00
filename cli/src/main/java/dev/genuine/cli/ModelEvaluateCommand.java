package dev.genuine.cli;

import dev.genuine.models.card.ModelMetrics;
import dev.genuine.models.card.ThresholdMetrics;
import dev.genuine.models.runtime.NativeThreads;
import dev.genuine.models.scorer.LabelledCandidate;
import dev.genuine.models.scorer.ModelEvaluation;
import dev.genuine.models.scorer.ModelRepository;
import dev.genuine.models.training.GeneratedExamples;
import dev.genuine.models.training.PipelineTraining;
import dev.genuine.models.training.WorkFolder;
import dev.genuine.policy.Policy;
import dev.genuine.score.Scorer;
import dev.genuine.score.TransparentScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code genuine model evaluate [VERSION]}: measures a candidate model, the current model and the transparent
 * scorer on the same held-out data (the test split of a corpus generated with a fixed evaluation seed and
 * passed through the pipeline), side by side at the home policy's thresholds.
 */
@Command(name = "evaluate", description = "Compare a model with the current one and the transparent scorer on the same held-out data.")
final class ModelEvaluateCommand extends BaseCommand {
    @Parameters(arity = "0..1", paramLabel = "VERSION", description = "the candidate model (default: only the current model and the transparent scorer)")
    String version;

    @Option(names = "--per-case", paramLabel = "N", description = "generated listings per case kind of the evaluation corpus (default: " + PipelineTraining.EVALUATION_PER_CASE + ")")
    int perCase = PipelineTraining.EVALUATION_PER_CASE;

    @Option(names = "--no-images", description = "text signals only")
    boolean noImages;

    @Mixin
    FormatMixin format;

    @Override
    protected int run() throws IOException {
        if (perCase < 1) throw new ExitException(EXIT_USAGE, "--per-case must be at least 1");
        NativeThreads.single();
        ModelRepository models = Scorers.repository(home.path());
        List<Scorer> scorers = new ArrayList<>();
        try {
            if (version != null) scorers.add(models.load(version));
            scorers.add(models.current());
        } catch (IllegalArgumentException e) {
            throw new ExitException(EXIT_FAILED, e.getMessage());
        }
        scorers.add(new TransparentScorer());
        Policy policy = Homes.policy(home);
        List<LabelledCandidate> heldOut;
        try (WorkFolder work = WorkFolder.create("genuine-evaluate-")) {
            heldOut = PipelineTraining.evaluationSet(perCase, !noImages, policy, work.path(), err()::println);
        }
        List<String> names = new ArrayList<>();
        List<ModelMetrics> metrics = new ArrayList<>();
        for (int i = 0; i < scorers.size(); i++) {
            Scorer s = scorers.get(i);
            String role = i == scorers.size() - 1 ? "fallback" : (version != null && i == 0 ? "candidate" : "current");
            names.add(role + " " + s.name() + "/" + s.version());
            metrics.add(ModelEvaluation.evaluate(s, heldOut, PipelineTraining.thresholds(policy)));
        }
        if (format.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("evaluationSeed", GeneratedExamples.EVALUATION_SEED);
            for (int i = 0; i < names.size(); i++) m.put(names.get(i), ModelFigures.map(metrics.get(i)));
            if (version != null) m.put("candidateIsBetter", comparison(names, metrics).candidateIsBetter());
            out().println(Json.line(m));
            return EXIT_OK;
        }
        out().printf("held-out split of the evaluation corpus (seed %d, %d per case%s): %d candidates%n",
                GeneratedExamples.EVALUATION_SEED, perCase, noImages ? ", text only" : "", heldOut.size());
        List<String> header = new ArrayList<>(List.of("FIGURE"));
        header.addAll(names);
        var table = new TextTable(header, widths(names.size()));
        table.row(row("ECE", metrics, m -> fmt(m.ece())));
        table.row(row("AUC", metrics, m -> fmt(m.auc())));
        for (String t : List.of("review", "takedown")) {
            ThresholdMetrics first = metrics.get(0).at(t);
            String at = String.format(Locale.ROOT, "%s >= %.2f", t, first.threshold());
            table.row(row(at + " precision", metrics, m -> fmt(m.at(t).precision())));
            table.row(row(at + " recall", metrics, m -> fmt(m.at(t).recall())));
            table.row(row(at + " flagged", metrics, m -> String.valueOf(m.at(t).flagged())));
        }
        table.print(out());
        if (version != null) {
            out().println(comparison(names, metrics).candidateIsBetter()
                    ? "the candidate is at least as precise at takedown and ranks or calibrates better: promote with 'genuine model promote " + version + "'"
                    : "the candidate is not better than the current model");
        }
        return EXIT_OK;
    }

    private static ModelEvaluation.Comparison comparison(List<String> names, List<ModelMetrics> metrics) {
        return new ModelEvaluation.Comparison(names.get(0), metrics.get(0), names.get(1), metrics.get(1));
    }

    private static Object[] row(String figure, List<ModelMetrics> metrics, Function<ModelMetrics, String> cell) {
        Object[] row = new Object[metrics.size() + 1];
        row[0] = figure;
        for (int i = 0; i < metrics.size(); i++) row[i + 1] = cell.apply(metrics.get(i));
        return row;
    }

    private static int[] widths(int columns) {
        int[] w = new int[columns + 1];
        w[0] = 28;
        for (int i = 1; i <= columns; i++) w[i] = 30;
        return w;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
