package dev.genuine.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestRegistryDiff {
    private static RightsHolderEntry entry(String id, List<String> markTexts, Set<String> sellers) {
        List<Mark> marks = markTexts.stream().map(t -> new Mark(id + "-" + t.toLowerCase(), id, t, MarkKind.WORD, t,
                List.of(), List.of(), List.of(), null, List.of())).toList();
        return new RightsHolderEntry(new RightsHolder(id, id.toUpperCase(), null), marks, List.of(), sellers, id);
    }

    @Test
    void listsAddedRemovedAndChangedItems() {
        Registry v1 = new Registry(1, Instant.EPOCH, List.of(entry("rh-a", List.of("Alpha", "Beta"), Set.of("m-1")),
                entry("rh-gone", List.of("Gone"), Set.of())));
        Registry v2 = new Registry(2, Instant.EPOCH, List.of(entry("rh-a", List.of("Alpha", "Gamma"), Set.of("m-1", "m-2")),
                entry("rh-new", List.of("Newco"), Set.of())));
        var d = RegistryDiff.between(v1, v2);
        assertEquals(List.of(
                "removed rh-a mark rh-a-beta", "added rh-a mark rh-a-gamma", "added rh-a authorized seller m-2",
                "removed rh-gone rights holder rh-gone", "added rh-new rights holder rh-new"),
                d.changes().stream().map(c -> c.kind() + " " + c.rightsHolderId() + " " + c.what()).toList());
        assertEquals(0, RegistryDiff.between(v2, v2).changes().size());
    }
}
