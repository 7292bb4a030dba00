package dev.genuine.text;

import dev.genuine.domain.Listing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestPhraseCueFinder {
    private static final PhraseCueFinder FINDER = new PhraseCueFinder();

    static List<TextCue> in(TextField field, String text) {
        List<TextCue> out = new ArrayList<>();
        FINDER.find(field, text, out);
        return out;
    }

    static List<TextCue> title(String text) {
        return in(TextField.TITLE, text);
    }

    static boolean admits(List<TextCue> cues, CueKind kind) {
        return cues.stream().anyMatch(c -> c.kind() == kind && !c.negated());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sepatu Aurelia KW super murah          | KW super",
            "Sepatu Aurelia kw-super murah          | kw-super",
            "Tas Veltrona grade ori                 | grade ori",
            "Jam REPLIKA Veltrona                   | REPLIKA",
            "Jam replica Veltrona                   | replica",
            "Dompet tiruan Veltrona                 | tiruan",
            "Dompet Veltrona 1:1                    | 1:1",
            "Dompet Veltrona mirror quality         | mirror quality",
            "Kaos Veltrona OEM                      | OEM",
            "Kaos Veltrona AAA                      | AAA",
            "Kaos Veltrona premium copy             | premium copy",
            "Parfum inspired by Veltrona            | inspired by",
            "Parfum Veltrona non ori                | non ori",
            "Parfum Veltrona bukan original         | bukan original",
            "Parfum Veltrona not original           | not original",
            "Parfum Veltrona ori import             | ori import",
            "Parfum Veltrona Ｋｗ                    | Ｋｗ",
            "Parfum Veltrona tidak ori              | tidak ori",
            "Parfum Veltrona r3pl1ka                | r3pl1ka",
    })
    void findsCounterfeitVocabularyAsWritten(String text, String phrase) {
        List<TextCue> cues = title(text);
        TextCue cue = cues.stream().filter(c -> c.kind() == CueKind.COUNTERFEIT_VOCABULARY).findFirst().orElseThrow();
        assertEquals(phrase, cue.phrase());
        assertEquals(text.indexOf(phrase), cue.start());
        assertFalse(cue.negated());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Diecast Veltrona skala 1:18", "Model kit 1:10 Veltrona", "Rasio 11:1", "Kworld speaker",
            "Original Veltrona", "Baterai AAA isi 4", "Cermin dinding wall mirror", "Kawat 100cm"})
    void noCounterfeitVocabularyInHonestText(String text) {
        assertFalse(admits(title(text), CueKind.COUNTERFEIT_VOCABULARY), () -> text + " -> " + title(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dijamin bukan KW", "Not a replica", "Bukan barang palsu", "Uang kembali jika palsu",
            "Garansi uang kembali 100% jika terbukti barang palsu", "Tidak ada tiruan di toko kami"})
    void negatedVocabularyIsNoAdmission(String text) {
        List<TextCue> cues = in(TextField.DESCRIPTION, text);
        assertFalse(admits(cues, CueKind.COUNTERFEIT_VOCABULARY), () -> text + " -> " + cues);
        assertTrue(cues.stream().anyMatch(c -> c.kind() == CueKind.COUNTERFEIT_VOCABULARY && c.negated()), cues::toString);
    }

    @Test
    void negationStopsAtTheEndOfAClause() {
        assertTrue(admits(title("Bukan original, KW super"), CueKind.COUNTERFEIT_VOCABULARY));
        List<TextCue> cues = title("Tidak mahal. Replika");
        assertTrue(admits(cues, CueKind.COUNTERFEIT_VOCABULARY), cues::toString);
    }

    @Test
    void aNegatedClaimOfOriginAdmitsAFakeButANegatedOfficialClaimIsADisclaimer() {
        assertTrue(admits(title("Jaket Veltrona tidak 100% original"), CueKind.COUNTERFEIT_VOCABULARY));
        List<TextCue> cues = in(TextField.DESCRIPTION, "Aksesoris pihak ketiga, bukan produk resmi Veltrona.");
        assertFalse(admits(cues, CueKind.COUNTERFEIT_VOCABULARY), cues::toString);
        assertTrue(cues.stream().anyMatch(c -> c.kind() == CueKind.AUTHENTICITY_CLAIM && c.negated()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"barangnya palsu", "ini KW", "bukan ori", "fake!", "not original", "tidak original",
            "barang tiruan", "beda sama aslinya", "abal-abal"})
    void findsFakeAllegationsInReviews(String review) {
        assertTrue(admits(in(TextField.REVIEW, review), CueKind.FAKE_ALLEGATION), review);
    }

    @Test
    void allegationsOnlyComeFromReviewsAndDoubtsAreNotAllegations() {
        assertFalse(admits(in(TextField.DESCRIPTION, "Barang fake"), CueKind.FAKE_ALLEGATION));
        assertFalse(admits(in(TextField.REVIEW, "awalnya takut palsu ternyata asli"), CueKind.FAKE_ALLEGATION));
        assertFalse(admits(in(TextField.REVIEW, "ori kok, bukan palsu"), CueKind.FAKE_ALLEGATION));
        assertTrue(admits(in(TextField.REVIEW, "bukan barang asli"), CueKind.FAKE_ALLEGATION));
    }

    @Test
    void findsReferentialSecondHandAndAuthenticityCues() {
        assertTrue(admits(title("Case untuk Veltrona X2"), CueKind.REFERENTIAL));
        assertTrue(admits(title("Charger compatible with Veltrona"), CueKind.REFERENTIAL));
        assertTrue(admits(title("Baterai kompatibel Veltrona"), CueKind.REFERENTIAL));
        assertTrue(admits(title("Jaket Veltrona bekas"), CueKind.SECOND_HAND));
        assertTrue(admits(title("Preloved Veltrona"), CueKind.SECOND_HAND));
        assertTrue(admits(title("Veltrona second hand like new"), CueKind.SECOND_HAND));
        assertTrue(admits(title("Veltrona garansi resmi"), CueKind.AUTHENTICITY_CLAIM));
        assertTrue(admits(title("Veltrona Official Store"), CueKind.AUTHENTICITY_CLAIM));
        assertFalse(admits(title("Can be used daily"), CueKind.SECOND_HAND));
    }

    @Test
    void referentialCueAppliesToTheMarkRightAfterIt() {
        String text = "Case untuk Veltrona, bukan buat jam lain";
        TextCue cue = title(text).get(0);
        MarkMatch after = new MarkMatch("v", "rh-v", "Veltrona", "Veltrona", TextField.TITLE, "Veltrona",
                text.indexOf("Veltrona"), List.of(), 0, false);
        MarkMatch elsewhere = new MarkMatch("v", "rh-v", "Veltrona", "Veltrona", TextField.DESCRIPTION, "Veltrona",
                11, List.of(), 0, false);
        assertTrue(cue.isFollowedBy(after));
        assertFalse(cue.isFollowedBy(elsewhere));
    }

    @Test
    void readsEveryFieldOfAListing() {
        Listing l = new Listing("L-1", "m-1", "Jam Veltrona KW", "Barang preloved", null, "watches", List.of(),
                List.of("mantap", "palsu ini"), null, List.of());
        List<TextCue> cues = FINDER.find(l);
        assertEquals(List.of(CueKind.COUNTERFEIT_VOCABULARY, CueKind.SECOND_HAND, CueKind.FAKE_ALLEGATION),
                cues.stream().map(TextCue::kind).toList());
        TextCue allegation = cues.get(2);
        assertEquals("palsu", TextField.REVIEW.textOf(l).substring(allegation.start(), allegation.end()));
    }
}
