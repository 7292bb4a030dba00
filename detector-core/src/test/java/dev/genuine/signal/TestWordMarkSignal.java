package dev.genuine.signal;

import dev.genuine.text.CueKind;
import dev.genuine.text.TextField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.genuine.signal.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class TestWordMarkSignal {
    private final WordMarkSignal signal = new WordMarkSignal();

    @Test
    void saysWhichTransformationLedToTheMatch() {
        var l = listing("m-1", "Sepatu Aur3lia murah", 300_000, "shoes");
        var obs = signal.observe(analysis(l, List.of(aureliaInTitle("Aur3lia", 7, List.of("leetspeak"), 0)), List.of()));
        assertEquals(1, obs.size());
        Observation o = obs.get(0);
        assertEquals(AURELIA, o.rightsHolderId());
        assertEquals("title contains 'Aur3lia' (leetspeak of 'Aurelia')", o.detail());
        assertEquals(true, o.facts().get("evasion"));
        assertEquals(true, o.facts().get("categoryMatch"));
        assertEquals(1.0, o.strength());
    }

    @Test
    void aMarkRightAfterAReferentialPhraseIsReferential() {
        var l = listing("m-1", "Tali sepatu cocok untuk Aurelia Runner", 20_000, "shoes");
        var cue = cue(CueKind.REFERENTIAL, TextField.TITLE, "cocok untuk", 12);
        var obs = signal.observe(analysis(l, List.of(aureliaInTitle("Aurelia", 24, List.of(), 0)), List.of(cue)));
        assertEquals(true, obs.get(0).facts().get("referential"));
        assertTrue(obs.get(0).detail().endsWith("named as what the item fits"));
    }

    @Test
    void aReferentialPhraseFarAwayOrAfterTheMarkDoesNotCount() {
        var l = listing("m-1", "Aurelia Runner asli, ada tali cocok untuk semua", 900_000, "shoes");
        var cue = cue(CueKind.REFERENTIAL, TextField.TITLE, "cocok untuk", 30);
        var obs = signal.observe(analysis(l, List.of(aureliaInTitle("Aurelia", 0, List.of(), 0)), List.of(cue)));
        assertEquals(false, obs.get(0).facts().get("referential"));
    }

    @Test
    void keepsTheTitleMatchOverADescriptionMatch() {
        var l = listing("m-1", "Aurelia", 900_000, "shoes");
        var inDescription = new dev.genuine.text.MarkMatch("aurelia-word", AURELIA, "Aurelia", "Aurelia", TextField.DESCRIPTION,
                "Aurelia", 3, List.of(), 0, false);
        var obs = signal.observe(analysis(l, List.of(inDescription, aureliaInTitle("Aurelia", 0, List.of(), 0)), List.of()));
        assertEquals("title", obs.get(0).facts().get("field"));
        assertEquals(2, obs.get(0).facts().get("matches"));
    }
}
