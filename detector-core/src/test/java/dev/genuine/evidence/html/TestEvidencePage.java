package dev.genuine.evidence.html;

import dev.genuine.store.MemoryImageStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.genuine.domain.Listing;
import dev.genuine.domain.Money;
import dev.genuine.domain.StoredImage;
import dev.genuine.evidence.EvidenceChain;
import dev.genuine.evidence.EvidenceEntry;
import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.ListingImageMatcher;
import dev.genuine.json.CanonicalJson;
import dev.genuine.policy.Policy;
import dev.genuine.scan.Assessment;
import dev.genuine.scan.Detector;
import dev.genuine.scan.EvidenceBodies;
import dev.genuine.score.TransparentScorer;
import dev.genuine.signal.MerchantHistory;
import dev.genuine.signal.Signals;
import dev.genuine.text.CueKind;
import dev.genuine.text.MarkMatch;
import dev.genuine.text.MarkMatcher;
import dev.genuine.text.TextCue;
import dev.genuine.text.TextField;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static dev.genuine.signal.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** The appeal page of a decision built the way the scanner builds it, from planted matches. */
class TestEvidencePage {
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final String HOSTILE = "<script>alert(1)</script> ";
    private static final String TITLE = HOSTILE + "Aurelia Runner 2 KW super";

    private final MemoryImageStore store = new MemoryImageStore();
    private final byte[] listingPng = png(16, 12, Color.RED);
    private final byte[] logoPng = png(8, 8, Color.BLUE);
    private final String listingSha = store.put(listingPng);
    private final String logoSha = CanonicalJson.sha256Hex(logoPng);

    /** A takedown for a counterfeit-language title, a logo in the photo at box (2,3) 5x4, at 30% of the MSRP. */
    private JsonNode decisionBody(String title) {
        var listing = new Listing("L-1", "m-1", title, "Bahan <b>kulit</b> & sol karet", new Money(300_000, "IDR"), "shoes",
                List.of("a.png", "b.png"), List.of(), null,
                List.of(StoredImage.stored("a.png", listingSha), StoredImage.failed("b.png", "HTTP 404")));
        int at = title.indexOf("Aurelia");
        var mark = new MarkMatch("aurelia-word", AURELIA, "Aurelia", "Aurelia", TextField.TITLE, "Aurelia", at, List.of(), 0, false);
        var cue = new TextCue(CueKind.COUNTERFEIT_VOCABULARY, TextField.TITLE, "KW super", title.indexOf("KW"), false);
        var logo = new ImageMatch(ImageMatchKind.LOGO, AURELIA, "Aurelia", "aurelia-logo", listingSha, logoSha,
                "sift-homography", 0.9, Map.of("inliers", 42, "box", Map.of("x", 2, "y", 3, "w", 5, "h", 4)));
        MarkMatcher marks = new MarkMatcher() {
            public List<List<MarkMatch>> match(List<Listing> batch) { return batch.stream().map(l -> List.of(mark)).toList(); }
            public void close() {}
        };
        ListingImageMatcher images = l -> List.of(logo);
        var detector = new Detector(registry(), marks, l -> List.of(cue), images, Signals.standard(), new TransparentScorer(), Policy.DEFAULT);
        Assessment a = detector.assess(List.of(listing), seen -> MerchantHistory.clean(seen.merchantId()), NOW).get(0);
        return EvidenceBodies.decision(a, Policy.DEFAULT);
    }

    private static EvidenceRecord record(String prevHash, long seq, String type, JsonNode body) {
        return EvidenceChain.link(prevHash, seq, new EvidenceEntry(type, "L-1", body), NOW.plusSeconds(seq));
    }

    private static byte[] png(int w, int h, Color colour) {
        var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, w, h);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static String dataUri(byte[] png) {
        return "src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"";
    }

    @Test
    void showsBothImagesTheBoxTheMarkThePriceAndTheHash() {
        store.put(logoPng);
        EvidenceRecord r = record(EvidenceChain.GENESIS, 1, EvidenceBodies.DECISION, decisionBody(TITLE));
        String page = EvidencePage.render(List.of(r), store);

        assertTrue(page.contains(dataUri(listingPng)), "listing image embedded");
        assertTrue(page.contains(dataUri(logoPng)), "registry image embedded");
        assertTrue(page.contains("viewBox=\"0 0 16 12\""), "overlay in the listing image's own pixels");
        assertTrue(page.contains("<rect class=\"box\" x=\"2\" y=\"3\" width=\"5\" height=\"4\"/>"), page);
        assertTrue(page.contains("<mark class=\"mark\">Aurelia</mark> <mark class=\"mark\">Runner 2</mark> <mark class=\"cue\">KW super</mark>"),
                "highlighted title: the mark, the model name and the phrase");
        assertTrue(page.contains("30% of the MSRP"), "price ratio");
        assertTrue(page.contains("class=\"fill\" style=\"width:30%\""), "price bar");
        assertTrue(page.contains(r.hash()) && page.contains(EvidenceChain.GENESIS), "hash and previous hash");
        assertTrue(page.contains("the hash matches this record's content"));
        assertTrue(page.contains("inliers <strong>42</strong>"));
        assertTrue(page.contains("Registry version <strong>3</strong>") && page.contains("transparent/1"));
    }

    @Test
    void hostileListingTextIsEscaped() {
        EvidenceRecord r = record(EvidenceChain.GENESIS, 1, EvidenceBodies.DECISION, decisionBody(TITLE));
        String page = EvidencePage.render(List.of(r), store);
        assertFalse(page.contains("<script"), "no script element, ever");
        assertFalse(page.contains("<b>kulit"));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("Bahan &lt;b&gt;kulit&lt;/b&gt; &amp; sol karet"));
        assertTrue(page.contains("default-src 'none'"), "a content security policy forbids scripts anyway");
    }

    @Test
    void aMissingImageGivesAPlaceholder() {
        EvidenceRecord r = record(EvidenceChain.GENESIS, 1, EvidenceBodies.DECISION, decisionBody(TITLE));
        String page = EvidencePage.render(List.of(r), store);
        assertFalse(page.contains(dataUri(logoPng)));
        assertTrue(page.contains("Image not available</strong><br>not in this home&#39;s image store"), "registry image not stored");
        assertTrue(page.contains("failed at ingest: HTTP 404"), "the listing image that failed at ingest");
        assertTrue(page.contains(logoSha), "the missing image is still named");
    }

    @Test
    void bytesThatAreNotAnImageGiveAPlaceholder() {
        String junk = store.put("not a picture".getBytes());
        ObjectNode body = (ObjectNode) decisionBody(TITLE);
        ((ObjectNode) body.withArray("signals").get(findSignal(body, "logo")).get("facts")).put("registryImage", junk);
        String page = EvidencePage.render(List.of(record(EvidenceChain.GENESIS, 1, EvidenceBodies.DECISION, body)), store);
        assertTrue(page.contains("not an image format a browser shows"));
    }

    @Test
    void theWholeHistoryIsShownLatestDecisionOpen() {
        EvidenceRecord first = record(EvidenceChain.GENESIS, 1, EvidenceBodies.DECISION, decisionBody(TITLE));
        ObjectNode appeal = CanonicalJson.MAPPER.createObjectNode().put("merchantId", "m-1").put("statement", "<i>asli</i> gan");
        EvidenceRecord second = record(first.hash(), 2, "appeal", appeal);
        EvidenceRecord third = record(second.hash(), 3, EvidenceBodies.DECISION, decisionBody("Aurelia Runner 2 KW super"));
        String page = EvidencePage.render(List.of(third, first, second), store);

        assertTrue(page.contains("<details class=\"record\" id=\"record-3\" open>"), "latest decision open");
        assertTrue(page.contains("<details class=\"record\" id=\"record-1\">"), "earlier decision folded");
        assertTrue(page.indexOf("id=\"record-3\"") < page.indexOf("id=\"record-1\""), "newest decision first");
        assertTrue(page.contains("<a href=\"#record-2\">2</a></td><td>2026-11-24T08:00:02Z</td><td>appeal</td>"), "appeal in the history");
        assertTrue(page.contains("statement: <strong>&lt;i&gt;asli&lt;/i&gt; gan</strong>"), "generic record summarised, escaped");
        for (EvidenceRecord r : List.of(first, second, third)) assertTrue(page.contains(r.hash()));
    }

    @Test
    void aRecordWhoseContentNoLongerFitsItsHashIsFlagged() {
        EvidenceRecord r = record(EvidenceChain.GENESIS, 1, EvidenceBodies.DECISION, decisionBody(TITLE));
        ObjectNode edited = r.body().deepCopy();
        ((ObjectNode) edited.get("decision")).put("score", 0.1);
        var tampered = new EvidenceRecord(r.seq(), r.type(), r.listingId(), r.recordedAt(), edited, r.prevHash(), r.hash());
        String page = EvidencePage.render(List.of(tampered), store);
        assertTrue(page.contains("the hash does NOT match this record's content"));
        assertTrue(page.contains("<span class=\"warn\">altered</span>"));
    }

    @Test
    void noRecordsGiveAPageSayingSo() {
        String page = EvidencePage.render(List.of(), store);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("No evidence records"));
    }

    private static int findSignal(JsonNode body, String name) {
        JsonNode signals = body.get("signals");
        for (int i = 0; i < signals.size(); i++) if (signals.get(i).path("signal").asText().equals(name)) return i;
        throw new AssertionError("no " + name + " signal in " + signals);
    }
}
