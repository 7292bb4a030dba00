package dev.genuine.ingest.registry;

import dev.genuine.domain.Mark;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.text.MarkKeys;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds word marks that two different rights holders claim: the same text or alias once normalized by
 * {@link MarkKeys#key}. Incoming entries replace the current entries of the same holder, so a holder
 * re-submitting its own marks is no conflict; conflicts are sought against the rest of the registry and
 * among the incoming entries themselves. A pure function of its arguments.
 */
public final class MarkConflicts {
    private MarkConflicts() {}

    public static List<MarkConflict> find(Registry current, List<RightsHolderEntry> incoming) {
        Set<String> replaced = new HashSet<>();
        for (RightsHolderEntry e : incoming) replaced.add(e.id());
        // the first claim of each key: kept entries of the current registry first, then incoming in order
        Map<String, List<MarkConflict.Claim>> claims = new LinkedHashMap<>();
        for (RightsHolderEntry e : current.entries()) {
            if (!replaced.contains(e.id())) addClaims(e, claims);
        }
        List<MarkConflict> conflicts = new ArrayList<>();
        for (RightsHolderEntry e : incoming) {
            Map<String, List<MarkConflict.Claim>> own = new LinkedHashMap<>();
            addClaims(e, own);
            for (var k : own.entrySet()) {
                MarkConflict.Claim mine = k.getValue().get(0);
                Set<String> reported = new HashSet<>();
                for (MarkConflict.Claim other : claims.getOrDefault(k.getKey(), List.of())) {
                    if (!other.rightsHolderId().equals(mine.rightsHolderId()) && reported.add(other.rightsHolderId())) {
                        conflicts.add(new MarkConflict(k.getKey(), other, mine));
                    }
                }
            }
            own.forEach((key, list) -> claims.computeIfAbsent(key, x -> new ArrayList<>()).add(list.get(0)));
        }
        return conflicts;
    }

    private static void addClaims(RightsHolderEntry e, Map<String, List<MarkConflict.Claim>> claims) {
        for (Mark m : e.marks()) {
            for (String form : m.wordForms()) {
                String key = MarkKeys.key(form);
                if (key.isEmpty()) continue; // punctuation only: nothing a listing could be matched on
                claims.computeIfAbsent(key, x -> new ArrayList<>()).add(new MarkConflict.Claim(e.id(), m.id(), form));
            }
        }
    }
}
