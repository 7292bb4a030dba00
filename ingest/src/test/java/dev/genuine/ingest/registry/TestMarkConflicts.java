package dev.genuine.ingest.registry;

import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.domain.StoredImage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestMarkConflicts {
    private static Mark word(String holder, String id, String text, String... aliases) {
        return new Mark(id, holder, text, MarkKind.WORD, text, Arrays.asList(aliases), null, null, null, null);
    }

    private static RightsHolderEntry holder(String id, Mark... marks) {
        return new RightsHolderEntry(new RightsHolder(id, id, null), List.of(marks), List.of(), null, "sha-" + id);
    }

    private static Registry registry(RightsHolderEntry... entries) {
        return new Registry(3, Instant.EPOCH, List.of(entries));
    }

    private static MarkConflict conflict(String key, String h1, String m1, String t1, String h2, String m2, String t2) {
        return new MarkConflict(key, new MarkConflict.Claim(h1, m1, t1), new MarkConflict.Claim(h2, m2, t2));
    }

    @Test
    void findsTheSameTextAfterNormalizationAgainstTheRegistry() {
        Registry current = registry(holder("rh-velora", word("rh-velora", "velora-word", "Velora")));
        var incoming = List.of(holder("rh-other", word("rh-other", "v-word", "VÉLORA")));
        List<MarkConflict> found = MarkConflicts.find(current, incoming);
        assertEquals(List.of(conflict("velora", "rh-velora", "velora-word", "Velora", "rh-other", "v-word", "VÉLORA")), found);
        assertEquals("word mark conflict: 'Velora' (mark velora-word of rh-velora) and 'VÉLORA' (mark v-word of rh-other)"
                + " are the same mark 'velora'", found.get(0).message());
    }

    @Test
    void anAliasConflictsWithAText() {
        Registry current = registry(holder("rh-a", word("rh-a", "a-word", "Kestrel Run")));
        var incoming = List.of(holder("rh-b", word("rh-b", "b-word", "Kestrel", "kestrel-run")));
        assertEquals(List.of(conflict("kestrelrun", "rh-a", "a-word", "Kestrel Run", "rh-b", "b-word", "kestrel-run")),
                MarkConflicts.find(current, incoming));
    }

    @Test
    void findsConflictsWithinTheIncomingBatch() {
        var incoming = List.of(
                holder("rh-a", word("rh-a", "a1", "Nimbra")),
                holder("rh-b", word("rh-b", "b1", "Quorra")),
                holder("rh-c", word("rh-c", "c1", "nimbra"), word("rh-c", "c2", "Q.U.O.R.R.A")));
        assertEquals(List.of(
                conflict("nimbra", "rh-a", "a1", "Nimbra", "rh-c", "c1", "nimbra"),
                conflict("quorra", "rh-b", "b1", "Quorra", "rh-c", "c2", "Q.U.O.R.R.A")), MarkConflicts.find(Registry.empty(), incoming));
    }

    @Test
    void aHolderResubmittingItsOwnMarksIsNoConflict() {
        Registry current = registry(holder("rh-a", word("rh-a", "a1", "Nimbra")));
        var incoming = List.of(holder("rh-a", word("rh-a", "a1", "Nimbra"), word("rh-a", "a2", "NIMBRA", "Nimbra")));
        assertEquals(List.of(), MarkConflicts.find(current, incoming));
    }

    @Test
    void aReplacedEntryNoLongerClaimsItsOldMarks() {
        Registry current = registry(holder("rh-a", word("rh-a", "a1", "Nimbra")));
        var incoming = List.of(holder("rh-a", word("rh-a", "a1", "Nimbrafit")), holder("rh-b", word("rh-b", "b1", "Nimbra")));
        assertEquals(List.of(), MarkConflicts.find(current, incoming));
    }

    @Test
    void figurativeMarksAndDifferentTextsDoNotConflict() {
        Mark logo = new Mark("a-logo", "rh-a", "Nimbra", MarkKind.FIGURATIVE, "Nimbra", null, null, null, null,
                List.of(StoredImage.stored("l.png", "00")));
        Registry current = registry(holder("rh-a", logo, word("rh-a", "a1", "Nimbra")));
        var incoming = List.of(holder("rh-b", word("rh-b", "b1", "Nimbro"), word("rh-b", "b2", "Nimbra Sport")));
        assertEquals(List.of(), MarkConflicts.find(current, incoming));
    }
}
