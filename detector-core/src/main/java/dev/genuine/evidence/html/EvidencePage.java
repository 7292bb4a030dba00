package dev.genuine.evidence.html;

import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.scan.EvidenceBodies;
import dev.genuine.store.ImageStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders a listing's evidence records as one self-contained HTML page for appeals, read offline: images
 * embedded as data URIs, the style inline, no script (a content security policy forbids any). The latest
 * decision is shown in full, earlier decisions folded, other records (verdicts, appeals) in the history.
 */
public final class EvidencePage {
    private static final String CSS = style();

    private EvidencePage() {}

    /** The page for the records of one listing, in any order; images are read from {@code images}. */
    public static String render(List<EvidenceRecord> records, ImageStore images) {
        List<EvidenceRecord> chain = new ArrayList<>(records);
        chain.sort(Comparator.comparingLong(EvidenceRecord::seq));
        String listingId = chain.isEmpty() ? "" : chain.get(chain.size() - 1).listingId();
        DecisionSection decisions = new DecisionSection(new ImageEmbedder(images));
        StringBuilder b = new StringBuilder(64 * 1024)
                .append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Evidence for listing ").append(Html.text(listingId)).append("</title><style>").append(CSS)
                .append("</style></head><body><header><h1>Evidence for listing <code>").append(Html.text(listingId))
                .append("</code></h1><p class=\"muted\">").append(chain.size()).append(" evidence record")
                .append(chain.size() == 1 ? "" : "s").append(" from genuine's hash-chained evidence log.</p></header>");
        if (chain.isEmpty()) return b.append("<p>No evidence records were given for this listing.</p></body></html>\n").toString();
        b.append(Timeline.html(chain));
        List<EvidenceRecord> decided = chain.stream().filter(r -> EvidenceBodies.DECISION.equals(r.type())).toList();
        for (int i = decided.size() - 1; i >= 0; i--) {
            EvidenceRecord r = decided.get(i);
            boolean latest = i == decided.size() - 1;
            b.append("<details class=\"record\" id=\"record-").append(r.seq()).append('"').append(latest ? " open" : "")
                    .append("><summary>").append(latest ? "Latest decision" : "Earlier decision").append(", record ")
                    .append(r.seq()).append(" at ").append(Html.text(String.valueOf(r.recordedAt()))).append(": ")
                    .append(Timeline.summary(r)).append("</summary>").append(decisions.html(r)).append("</details>");
        }
        for (EvidenceRecord r : chain) {
            if (EvidenceBodies.DECISION.equals(r.type())) continue;
            b.append("<details class=\"record\" id=\"record-").append(r.seq()).append("\"><summary>Record ").append(r.seq())
                    .append(": ").append(Html.text(r.type())).append(" at ").append(Html.text(String.valueOf(r.recordedAt())))
                    .append("</summary>").append(JsonView.html(r.body())).append(ChainView.html(r)).append("</details>");
        }
        return b.append("</body></html>\n").toString();
    }

    private static String style() {
        try (InputStream in = EvidencePage.class.getResourceAsStream("evidence-page.css")) {
            if (in == null) throw new IllegalStateException("evidence-page.css is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evidence-page.css", e);
        }
    }
}
