package dev.genuine.text;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Mark;
import dev.genuine.domain.Product;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolderEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the registry's product model names in listings: a copy sold as "Runner 2 KW super", or under a brand
 * misspelt past what the mark matcher accepts, still names the model it copies. A model name is a product's name
 * without the words of its brand and marks; it is found by any two of its words standing together, in order, in
 * the title or description of a listing filed under the product's category.
 *
 * <p>Only distinctive pairs count, since model names are built from ordinary words too ("Travel Mug", "Water Bottle"):
 * a pair needs a word with both letters and digits (a model code such as "X200") or a word of four letters or
 * more that is not an ordinary word ({@link CommonWords}) and is not used in the model names of two rights
 * holders. A pair found in two holders' model names belongs to neither. Words are read as the mark matcher reads
 * them ({@link TextNormalizer}, {@link Tokenizer}), so look-alike letters and diacritics do not hide a name.
 * Immutable and thread-safe.
 */
public final class ProductNameIndex {
    private static final int MIN_NAME_LETTERS = 4;

    /** A product's model words, normalized. */
    private record Model(Product product, List<String> words) {}

    /** Where a distinctive pair starts in a model name. */
    private record PairAt(Model model, int index) {}

    private final Map<String, List<PairAt>> pairs;
    private final Words reader;

    private ProductNameIndex(Map<String, List<PairAt>> pairs, Words reader) {
        this.pairs = pairs;
        this.reader = reader;
    }

    public static ProductNameIndex of(Registry registry, CommonWords common) {
        Words reader = new Words(new TextNormalizer(), new Tokenizer(common));
        List<Model> models = new ArrayList<>();
        for (RightsHolderEntry e : registry.entries()) {
            Set<String> brandWords = new HashSet<>();
            for (Product p : e.products()) brandWords.addAll(reader.texts(p.brand()));
            for (Mark m : e.marks()) m.wordForms().forEach(f -> brandWords.addAll(reader.texts(f)));
            for (Product p : e.products()) {
                if (p.category() == null || p.category().isBlank()) continue;
                List<String> model = reader.texts(p.name()).stream().filter(w -> !brandWords.contains(w)).toList();
                if (model.size() >= 2) models.add(new Model(p, model));
            }
        }
        Map<String, Set<String>> holdersOfWord = new HashMap<>();
        for (Model m : models) m.words().forEach(w -> holdersOfWord.computeIfAbsent(w, k -> new HashSet<>()).add(m.product().rightsHolderId()));
        Map<String, List<PairAt>> pairs = new HashMap<>();
        Map<String, Set<String>> holdersOfPair = new HashMap<>();
        for (Model m : models) {
            for (int i = 0; i + 1 < m.words().size(); i++) {
                String a = m.words().get(i), b = m.words().get(i + 1);
                if (!distinctive(a, common, holdersOfWord) && !distinctive(b, common, holdersOfWord)) continue;
                String pair = a + " " + b;
                pairs.computeIfAbsent(pair, k -> new ArrayList<>()).add(new PairAt(m, i));
                holdersOfPair.computeIfAbsent(pair, k -> new HashSet<>()).add(m.product().rightsHolderId());
            }
        }
        holdersOfPair.forEach((pair, holders) -> {
            if (holders.size() > 1) pairs.remove(pair);
        });
        pairs.replaceAll((k, v) -> List.copyOf(v));
        return new ProductNameIndex(Map.copyOf(pairs), reader);
    }

    /**
     * The model names in the listing's title and description, the longest run per product and field; a name
     * that follows a referential phrase ("case untuk Runner 2") is what the item fits, not what it is, and is left out.
     */
    public List<ProductNameMatch> find(Listing listing, List<TextCue> cues) {
        if (pairs.isEmpty() || listing.category() == null) return List.of();
        List<ProductNameMatch> out = new ArrayList<>();
        for (TextField field : List.of(TextField.TITLE, TextField.DESCRIPTION)) {
            String text = field.textOf(listing);
            if (text == null || text.isEmpty()) continue;
            NormalizedText normalized = reader.normalizer().normalize(text);
            List<Token> words = reader.tokenizer().tokens(normalized.text());
            Map<String, ProductNameMatch> best = new HashMap<>();
            for (int i = 0; i + 1 < words.size(); i++) {
                List<PairAt> found = pairs.get(words.get(i).text() + " " + words.get(i + 1).text());
                if (found == null) continue;
                for (PairAt at : found) {
                    Product p = at.model().product();
                    if (!p.isIn(listing.category())) continue;
                    int run = 2;
                    List<String> model = at.model().words();
                    while (i + run < words.size() && at.index() + run < model.size()
                            && words.get(i + run).text().equals(model.get(at.index() + run))) {
                        run++;
                    }
                    String matched = normalized.originalText(words.get(i).from(), words.get(i + run - 1).to());
                    int start = normalized.originalStart(words.get(i).from());
                    if (followsReference(cues, field, start)) continue;
                    ProductNameMatch m = new ProductNameMatch(p.rightsHolderId(), p.brand(), p.id(), p.name(), field,
                            start, start + matched.length(), matched, run, model.size());
                    best.merge(p.id(), m, (x, y) -> y.matchedWords() > x.matchedWords() ? y : x);
                }
            }
            best.values().stream().sorted(Comparator.comparingInt(ProductNameMatch::start)).forEach(out::add);
        }
        return out;
    }

    private static boolean followsReference(List<TextCue> cues, TextField field, int start) {
        return cues.stream().anyMatch(c -> c.affirms(CueKind.REFERENTIAL) && c.precedes(field, start));
    }

    private static boolean distinctive(String word, CommonWords common, Map<String, Set<String>> holdersOfWord) {
        boolean letters = word.chars().anyMatch(Character::isLetter), digits = word.chars().anyMatch(Character::isDigit);
        if (letters && digits) return true;
        return letters && word.length() >= MIN_NAME_LETTERS && !common.contains(word)
                && holdersOfWord.getOrDefault(word, Set.of()).size() < 2;
    }

    /** How names and listings are split into words: the mark matcher's normalization and tokens. */
    private record Words(TextNormalizer normalizer, Tokenizer tokenizer) {
        List<String> texts(String text) {
            return text == null ? List.of() : tokenizer.tokens(normalizer.normalize(text).text()).stream().map(Token::text).toList();
        }
    }
}
