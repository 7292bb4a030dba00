package dev.genuine.text;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Mark;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A few thousand generated marks: every planted mark (plain or evaded) is found, and only where planted. */
class TestLargeMarkSet {
    private static final String CONSONANTS = "bdfgkmnprstvz";
    private static final String VOWELS = "aeiou";

    static List<Mark> marks(int n, Random random) {
        Set<String> seen = new HashSet<>();
        List<Mark> marks = new ArrayList<>();
        while (marks.size() < n) {
            StringBuilder b = new StringBuilder("X");
            int length = 5 + random.nextInt(5);
            for (int k = 1; k < length; k++) {
                String from = k % 2 == 0 ? CONSONANTS : VOWELS;
                b.append(from.charAt(random.nextInt(from.length())));
            }
            if (!seen.add(b.toString())) continue;
            marks.add(TestMonitorMarkIndex.word("g" + marks.size(), b.toString()));
        }
        return marks;
    }

    @Test
    void findsPlantedMarksAmongThousands() {
        Random random = new Random(7);
        List<Mark> marks = marks(3000, random);
        try (MonitorMarkIndex index = MonitorMarkIndex.build(marks)) {
            assertEquals(3000, index.size());
            List<Listing> batch = new ArrayList<>();
            List<String> planted = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Mark m = marks.get(random.nextInt(marks.size()));
                String text = m.text();
                String written = switch (i % 4) {
                    case 0 -> text;
                    case 1 -> String.join(" ", text.split(""));
                    case 2 -> text.replace('a', '4').replace('e', '3');
                    default -> text.substring(0, 2) + "\u200B" + text.substring(2);
                };
                planted.add(m.id());
                batch.add(TestMonitorMarkIndex.listing("Jual " + written + " murah meriah",
                        "Barang bagus, kirim cepat, ukuran lengkap 40 41 42", List.of("mantap", "sesuai pesanan")));
            }
            List<List<MarkMatch>> found = index.match(batch);
            for (int i = 0; i < batch.size(); i++) {
                List<String> ids = found.get(i).stream().filter(x -> x.editDistance() == 0).map(MarkMatch::markId).toList();
                assertTrue(ids.contains(planted.get(i)), batch.get(i).title() + " -> " + found.get(i));
                assertEquals(1, ids.size(), batch.get(i).title() + " -> " + found.get(i));
            }
        }
    }
}
