package dev.genuine.bench.scan;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;
import dev.genuine.domain.Money;
import dev.genuine.domain.Product;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.text.MarkKeys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates invented brands (pronounceable, unique after normalization) and listings that mention a share of
 * them, some disguised, for throughput benchmarks at any scale.
 */
public final class SyntheticCatalog {
    private static final String[] ONSETS = {"b", "k", "d", "v", "t", "m", "n", "r", "s", "z", "l", "p", "g", "br", "tr", "kl", "st", "dr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ae", "io", "ou"};
    private static final String[] CODAS = {"", "", "n", "r", "x", "s", "l", "m"};
    private static final String[] WORDS = ("sepatu tas jaket kaos celana jam tangan botol minum earphone charger kabel "
            + "casing kacamata topi dompet sandal kemeja hoodie rok parfum lipstik bedak sabun panci wajan blender "
            + "murah promo original baru ready stock bisa cod gratis ongkir termurah terlaris pria wanita anak "
            + "premium quality new arrival best seller limited edition size warna hitam putih merah biru hijau").split(" ");
    private static final String[] CATEGORIES = {"shoes", "bags", "apparel", "electronics", "beauty", "home"};

    private final Random random;

    public SyntheticCatalog(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} rights holders with one word mark each (one in ten with an alias) and one product. */
    public List<RightsHolderEntry> registry(int count) {
        Set<String> keys = new HashSet<>();
        List<RightsHolderEntry> out = new ArrayList<>(count);
        while (out.size() < count) {
            String name = brandName();
            if (!keys.add(MarkKeys.key(name))) continue;
            String id = "rh-" + out.size();
            List<String> aliases = random.nextInt(10) == 0 ? List.of(name + " " + cap(word())) : List.of();
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            out.add(new RightsHolderEntry(new RightsHolder(id, name + " Ltd", null),
                    List.of(new Mark(id + "-word", id, name, MarkKind.WORD, name, aliases, List.of(), List.of(), null, List.of())),
                    List.of(new Product(id + "-p", id, name, name + " " + cap(word()), category,
                            new Money(100_000 + random.nextInt(5_000_000), "IDR"), List.of())),
                    Set.of("m-" + id + "-official"), id));
        }
        return out;
    }

    /** Listings of which {@code markShare} name a brand from the registry (a third of those disguised). */
    public List<Listing> listings(int count, List<RightsHolderEntry> registry, double markShare, int firstId) {
        List<Listing> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < 4 + random.nextInt(5); w++) title.append(word()).append(' ');
            if (random.nextDouble() < markShare) {
                String brand = registry.get(random.nextInt(registry.size())).marks().get(0).text();
                title.insert(0, (random.nextInt(3) == 0 ? disguise(brand) : brand) + " ");
            }
            StringBuilder description = new StringBuilder();
            for (int w = 0; w < 25; w++) description.append(word()).append(' ');
            out.add(new Listing(String.format("S-%09d", firstId + i), "m-" + random.nextInt(5000), title.toString().strip(),
                    description.toString().strip(), new Money(10_000 + random.nextInt(2_000_000), "IDR"),
                    CATEGORIES[random.nextInt(CATEGORIES.length)], List.of(), List.of(word() + " " + word(), word()),
                    Instant.parse("2026-11-01T00:00:00Z"), List.of()));
        }
        return out;
    }

    private String brandName() {
        StringBuilder b = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int s = 0; s < syllables; s++) {
            b.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        b.append(CODAS[random.nextInt(CODAS.length)]);
        return cap(b.toString());
    }

    private String disguise(String brand) {
        return switch (random.nextInt(3)) {
            case 0 -> brand.replace('o', '0').replace('e', '3').replace('a', '4');
            case 1 -> String.join(" ", brand.split(""));
            default -> brand.charAt(0) + "\u200b" + brand.substring(1);
        };
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
