package dev.genuine.text;

import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Every word mark form of a registry, grouped by mark and numbered by mark. */
final class MarkForms {
    private final List<List<MarkForm>> byMark;
    private final List<MarkForm> forms;
    private final int maxKeyLength;

    private MarkForms(List<List<MarkForm>> byMark) {
        this.byMark = List.copyOf(byMark);
        this.forms = byMark.stream().flatMap(List::stream).toList();
        this.maxKeyLength = forms.stream().mapToInt(f -> f.key().length()).max().orElse(0);
    }

    /** A single letter or digit is everywhere in text ("2 x 3"): such a form cannot be found reliably. */
    static final int MIN_KEY_LENGTH = 2;

    /**
     * The text and each alias of every word mark; figurative marks have none. Forms of fewer than two letters or
     * digits are skipped.
     */
    static MarkForms of(Collection<Mark> marks, TextNormalizer normalizer, Tokenizer tokenizer, CommonWords commonWords) {
        List<List<MarkForm>> byMark = new ArrayList<>();
        for (Mark mark : marks) {
            if (mark.kind() != MarkKind.WORD) continue;
            List<MarkForm> forms = new ArrayList<>();
            for (String form : mark.wordForms()) {
                List<Token> words = tokenizer.tokens(normalizer.normalize(form).text());
                String key = words.stream().map(Token::text).collect(Collectors.joining());
                if (key.length() < MIN_KEY_LENGTH) continue;
                String shape = words.stream().map(w -> String.valueOf(w.length())).collect(Collectors.joining(" "));
                forms.add(new MarkForm(byMark.size(), mark, form, key, shape, MarkKeys.plain(form),
                        commonWords.contains(key)));
            }
            if (!forms.isEmpty()) byMark.add(List.copyOf(forms));
        }
        return new MarkForms(byMark);
    }

    /** The forms (text and aliases) of the mark numbered {@code markIndex}. */
    List<MarkForm> ofMark(int markIndex) {
        return byMark.get(markIndex);
    }

    /** The forms grouped by mark, in mark number order. */
    List<List<MarkForm>> byMark() {
        return byMark;
    }

    List<MarkForm> all() {
        return forms;
    }

    int maxKeyLength() {
        return maxKeyLength;
    }
}
