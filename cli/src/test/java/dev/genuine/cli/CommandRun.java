package dev.genuine.cli;

import dev.genuine.domain.Listing;
import dev.genuine.domain.ListingHash;
import dev.genuine.domain.Money;
import dev.genuine.enforcement.Moderation;
import dev.genuine.evidence.EvidenceEntry;
import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.json.CanonicalJson;
import dev.genuine.policy.Decision;
import dev.genuine.policy.DecisionKind;
import dev.genuine.score.Reason;
import dev.genuine.store.GenuineStore;
import dev.genuine.store.Stores;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a command line through the real parser against a home folder, and seeds that home as a scan would. */
record CommandRun(int status, String out, String err) {
    static CommandRun run(Path home, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--home");
        all.add(home.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new CommandRun(status, out.toString(), err.toString());
    }

    /** A listing of the fictional brand Velmora, scored into a decision with its evidence record. */
    static EvidenceRecord scanned(Path home, String id, String merchant, DecisionKind kind, double score) {
        try (GenuineStore store = Stores.open(home)) {
            Listing l = new Listing(id, merchant, "Tas Velmora KW super " + id, "", new Money(120000, "IDR"), "bags",
                    List.of(), List.of(), Instant.parse("2026-11-20T10:00:00Z"), List.of());
            store.listings().upsert(List.of(l));
            Decision d = new Decision(id, kind, score, List.of(
                    new Reason("word-mark", "velmora-word", "rh-velmora", "Velmora", "title contains 'Velmora'", 0.55),
                    new Reason("counterfeit-language", null, null, null, "title says 'KW super'", 0.3)),
                    "rh-velmora", ListingHash.of(l), 1, "transparent/1", "default", Instant.parse("2026-11-21T00:00:00Z"));
            EvidenceRecord r = store.evidence().append(List.of(new EvidenceEntry("decision", id, CanonicalJson.toTree(Map.of(
                    "decision", Map.of("listingId", id, "decision", kind.wireName(), "score", score, "reasons", d.reasons())))))).get(0);
            store.decisions().saveAll(List.of(d));
            new Moderation(store).onDecision(d, merchant, r);
            return r;
        }
    }
}
