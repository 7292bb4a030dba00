package dev.genuine.text;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestMonitorMarkIndex {
    private static MonitorMarkIndex index;

    static Mark word(String id, String text, String... aliases) {
        return new Mark(id, "rh-" + id, text, MarkKind.WORD, text, List.of(aliases), List.of(), List.of(), null, List.of());
    }

    static Listing listing(String title) {
        return listing(title, "", List.of());
    }

    static Listing listing(String title, String description, List<String> reviews) {
        return new Listing("L-1", "m-1", title, description, null, "shoes", List.of(), reviews, null, List.of());
    }

    @BeforeAll
    static void build() {
        index = MonitorMarkIndex.build(List.of(
                word("aurelia", "Aurelia", "Aurelia Sport"),
                word("veltrona", "Veltrona"),
                word("zorvik", "Zorvik"),
                word("kopra", "Koprava"),
                word("brisa", "Brisa"),
                word("tulo", "Tulo"),
                word("sunbeam", "Sunbeam"),
                word("dove", "Dove"),
                word("quillon", "Quillon"),
                word("logo-only", "Quillon Lux")));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static List<MarkMatch> find(String title) {
        return index.match(List.of(listing(title))).get(0);
    }

    static MarkMatch only(String title, String markId) {
        List<MarkMatch> all = find(title).stream().filter(m -> m.markId().equals(markId)).toList();
        assertEquals(1, all.size(), () -> title + " -> " + find(title));
        return all.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1} via {3}")
    @CsvSource(delimiter = '|', value = {
            "Sepatu Aurelia asli            | aurelia  | Aurelia       | ''",
            "Sepatu AURELIA                 | aurelia  | AURELIA       | ''",
            "Sepatu Ａｕｒｅｌｉａ          | aurelia  | Ａｕｒｅｌｉａ | nfkc",
            "Sepatu Aure\u200Blia murah      | aurelia  | Aure\u200Blia  | invisible",
            "Sepatu Aur\u00ADelia murah      | aurelia  | Aur\u00ADelia  | invisible",
            "Sepatu Аurеlіа murah           | aurelia  | Аurеlіа       | confusable",
            "Sepatu Áürèlïå murah           | aurelia  | Áürèlïå       | diacritics",
            "Sepatu Aur3l1a murah           | aurelia  | Aur3l1a       | leetspeak",
            "Sepatu @ur3lia murah           | aurelia  | @ur3lia       | leetspeak",
            "Sepatu A u r e l i a murah     | aurelia  | A u r e l i a | split-letters",
            "Sepatu A.U.R.E.L.I.A murah     | aurelia  | A.U.R.E.L.I.A | split-letters",
            "Sepatu A-u-r-e-l-i-a murah     | aurelia  | A-u-r-e-l-i-a | split-letters",
            "Sepatu A_u_r_e_l_i_a murah     | aurelia  | A_u_r_e_l_i_a | split-letters",
            "Sepatu Aure lia murah          | aurelia  | Aure lia      | spacing",
            "Sepatu AureliaSport murah      | aurelia  | AureliaSport  | spacing",
            "Sepatu Auuureliaa murah        | aurelia  | Auuureliaa    | repeated-letters",
            "Sepatu Aurlia murah            | aurelia  | Aurlia        | typo:drop",
            "Sepatu Aurellia murah          | aurelia  | Aurellia      | repeated-letters",
            "Sepatu Aureliia murah          | aurelia  | Aureliia      | repeated-letters",
            "Sepatu Auerlia murah           | aurelia  | Auerlia       | typo:swap",
            "Sepatu Aurekia murah           | aurelia  | Aurekia       | typo:substitute",
            "Sepatu Aureslia murah          | aurelia  | Aureslia      | typo:insert",
            "Tas V3ltr0na ori               | veltrona | V3ltr0na      | leetspeak",
            "Tas 5 u n b e a m              | sunbeam  | 5 u n b e a m | leetspeak split-letters",
            "Tas AureIia asli               | aurelia  | AureIia       | confusable",
            "Tas AURELlA asli              | aurelia  | AURELlA       | confusable",
            "Tas A​ur3lia asli          | aurelia  | A​ur3lia  | invisible leetspeak",
    })
    void findsEachEvasionWithItsTransformation(String title, String markId, String written, String steps) {
        MarkMatch m = only(title, markId);
        assertEquals(written, m.matchedText());
        assertEquals(title.indexOf(written), m.start());
        assertEquals(steps.isEmpty() ? List.of() : List.of(steps.split(" ")), m.transformations());
        assertEquals(steps.startsWith("typo") ? 1 : 0, m.editDistance());
    }

    @Test
    void describesAMatchForEvidence() {
        assertEquals("title contains 'Aur3lia' (leetspeak of 'Aurelia')", only("Tas Aur3lia", "aurelia").describe());
        assertEquals("title contains 'Aurelia'", only("Tas Aurelia", "aurelia").describe());
    }

    @Test
    void exactMatchIsExact() {
        MarkMatch m = only("Sepatu Aurelia Sport original", "aurelia");
        assertTrue(m.isExact());
        assertEquals("Aurelia Sport", m.markForm());
        assertEquals("Aurelia Sport", m.matchedText());
        assertEquals("rh-aurelia", m.rightsHolderId());
        assertEquals(TextField.TITLE, m.field());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kamera Tula 200",
            "Kamera Tlo 200",
            "Kamera Tuloa 200",
            "Kamera Tuol 200",
    })
    void aTypoOfAShortMarkIsFoundOnlyAsNeedingCorroboration(String title) {
        MarkMatch typo = only(title, "tulo");
        assertEquals(1, typo.editDistance());
        assertTrue(typo.needsCorroboration(), () -> title + " -> " + typo);
    }

    @Test
    void onlyATypoOfAShortMarkNeedsCorroboration() {
        assertTrue(find("Tula kamera lensa").stream().allMatch(MarkMatch::needsCorroboration));
        assertTrue(find("Tulio jaket").stream().allMatch(MarkMatch::needsCorroboration));
        assertFalse(only("Tas Tulo hitam", "tulo").needsCorroboration());
        MarkMatch stretched = only("Tas Tuulo hitam", "tulo");
        assertEquals(List.of("repeated-letters"), stretched.transformations());
        assertFalse(stretched.needsCorroboration());
        MarkMatch longerMark = only("Tas Brisk", "brisa");
        assertEquals("typo:substitute", longerMark.transformations().get(0));
        assertFalse(longerMark.needsCorroboration(), "five letters: a typo stands on its own");
    }

    @Test
    void threeLetterMarksNeedAnExactMatch() {
        try (MonitorMarkIndex idx = MonitorMarkIndex.build(List.of(word("kvo", "Kvo")))) {
            assertTrue(idx.match(List.of(listing("Tas Kov hitam"))).get(0).isEmpty());
            assertTrue(idx.match(List.of(listing("Tas Kv hitam"))).get(0).isEmpty());
            assertEquals(1, idx.match(List.of(listing("Tas Kvo hitam"))).get(0).size());
        }
    }

    @Test
    void dictionaryWordsAreNotTypos() {
        // "sunbean" is no word, but "sunbeam"-near dictionary words must not match: "sunbeams" is not listed,
        // so use marks whose typo neighbours are ordinary words.
        try (MonitorMarkIndex idx = MonitorMarkIndex.build(List.of(word("razer", "Razer"), word("kodek", "Kodek")))) {
            assertTrue(idx.match(List.of(listing("Pisau razor cukur"))).get(0).isEmpty());
            assertTrue(idx.match(List.of(listing("Boneka kodok hijau"))).get(0).isEmpty());
            assertEquals(1, idx.match(List.of(listing("Mouse Razzer gaming"))).get(0).size());
        }
    }

    @Test
    void aShortMarkIsNotReadAcrossOrdinaryWords() {
        try (MonitorMarkIndex idx = MonitorMarkIndex.build(List.of(word("dito", "Dito")))) {
            assertTrue(idx.match(List.of(listing("Taruh di to ples kaca"))).get(0).isEmpty());
            assertEquals(List.of("split-letters"),
                    idx.match(List.of(listing("Tas D i t o"))).get(0).get(0).transformations());
            assertEquals(List.of("spacing"), idx.match(List.of(listing("Tas Dit o"))).get(0).get(0).transformations());
        }
    }

    @Test
    void commonWordMarksAreFlagged() {
        MarkMatch m = only("Sabun Dove wangi", "dove");
        assertTrue(m.markIsCommonWord());
        assertFalse(only("Sepatu Aurelia", "aurelia").markIsCommonWord());
    }

    @Test
    void anExactOtherMarkShadowsATypo() {
        List<MarkMatch> found = find("Pedang Quillon baja");
        assertEquals(List.of("quillon"), found.stream().map(MarkMatch::markId).toList());
        assertTrue(find("Pedang Quilon Lux").stream().anyMatch(m -> m.markId().equals("logo-only")));
    }

    @Test
    void multiWordFormWinsOverItsFirstWord() {
        List<MarkMatch> found = find("Aurelia Sport running");
        assertEquals(1, found.size());
        assertEquals("Aurelia Sport", found.get(0).matchedText());
    }

    @Test
    void numbersAndSizesAreNotLeetspeak() {
        try (MonitorMarkIndex idx = MonitorMarkIndex.build(List.of(word("lo", "Iooc"), word("tore", "Zocore")))) {
            assertTrue(idx.match(List.of(listing("Meja 100cm 20 core 1:18"))).get(0).isEmpty());
        }
    }

    @Test
    void offsetsPointIntoTheFieldsOwnText() {
        Listing l = listing("Tas kulit", "Bukan Aurelia tapi mirip", List.of("bagus", "mirip V3ltrona"));
        List<MarkMatch> found = index.match(List.of(l)).get(0);
        assertEquals(2, found.size(), found::toString);
        MarkMatch description = found.get(0);
        assertEquals(TextField.DESCRIPTION, description.field());
        assertEquals(6, description.start());
        MarkMatch review = found.get(1);
        assertEquals(TextField.REVIEW, review.field());
        String reviews = TextField.REVIEW.textOf(l);
        assertEquals("V3ltrona", reviews.substring(review.start(), review.start() + review.matchedText().length()));
    }

    @Test
    void emptyTextsAndEmptyRegistriesMatchNothing() {
        assertEquals(List.of(List.of(), List.of()), index.match(List.of(listing(""), listing("   ", "", List.of("")))));
        try (MonitorMarkIndex empty = MonitorMarkIndex.build(List.of(word("x", "X"), word("r", "®")))) {
            assertEquals(0, empty.size());
            assertEquals(List.of(List.of()), empty.match(List.of(listing("Kaos X ukuran 2 x 3"))));
        }
    }

    @Test
    void twoThreadsMatchingAtOnceGetTheSameAnswers() throws Exception {
        List<Listing> batch = new ArrayList<>();
        for (int i = 0; i < 400; i++) batch.add(listing(i % 2 == 0 ? "Jam Z0rvik Аurеlіа " + i : "Tas V e l t r o n a " + i));
        List<List<MarkMatch>> expected = index.match(batch);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> index.match(batch));
            var b = pool.submit(() -> index.match(batch));
            assertEquals(expected, a.get());
            assertEquals(expected, b.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBatchIsMatchedInOrderInOnePass() {
        List<Listing> batch = new ArrayList<>();
        for (int i = 0; i < 600; i++) batch.add(listing(i % 3 == 0 ? "Zorvik jam " + i : "jam tangan " + i));
        long before = index.presearches();
        List<List<MarkMatch>> out = index.match(batch);
        assertEquals(2, index.presearches() - before, "one presearch per chunk of 512 listings, none per mark");
        assertEquals(600, out.size());
        for (int i = 0; i < 600; i++) assertEquals(i % 3 == 0 ? 1 : 0, out.get(i).size(), "listing " + i);
    }

    @Test
    void everyOccurrenceInAFieldIsReportedWithWhereItStands() {
        String description = "Bukan produk resmi Veltrona. Pas dipakai untuk Veltrona X2.";
        List<MarkMatch> found = index.match(List.of(listing("Pelindung layar", description, List.of()))).get(0).stream()
                .filter(m -> m.markId().equals("veltrona")).toList();
        assertEquals(List.of(description.indexOf("Veltrona"), description.lastIndexOf("Veltrona")),
                found.stream().map(MarkMatch::start).toList(), found::toString);
    }
}
