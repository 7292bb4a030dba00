package dev.genuine.cli;

import dev.genuine.models.card.ModelMetrics;
import dev.genuine.models.card.ThresholdMetrics;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A model's held-out figures as the model commands print them: one line of text, or a JSON-ready map. */
final class ModelFigures {
    private ModelFigures() {}

    static String line(ModelMetrics m) {
        return String.format(Locale.ROOT, "%d held-out candidates: ECE %.4f, AUC %.4f, %s, %s", m.examples(), m.ece(), m.auc(),
                threshold(m.at("review")), threshold(m.at("takedown")));
    }

    static String threshold(ThresholdMetrics t) {
        return String.format(Locale.ROOT, "%s >= %.2f precision %.4f recall %.4f (%d flagged)", t.name(), t.threshold(),
                t.precision(), t.recall(), t.flagged());
    }

    static Map<String, Object> map(ModelMetrics m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("examples", m.examples());
        out.put("ece", m.ece());
        out.put("auc", m.auc());
        for (String name : new String[] {"review", "takedown"}) {
            ThresholdMetrics t = m.at(name);
            out.put(name, Map.of("threshold", t.threshold(), "precision", t.precision(), "recall", t.recall(), "flagged", t.flagged()));
        }
        return out;
    }
}
