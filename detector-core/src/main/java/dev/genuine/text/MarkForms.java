package dev.genuine.text;

import dev.genuine.domain.Mark;
import dev.genuine.domain.MarkKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Every word mark form of a registry, numbered, with the normalization their keys were made with. */
final class MarkForms {
    private final List<MarkForm> forms;
    private final int maxKeyLength;

    private MarkForms(List<MarkForm> forms) {
        this.forms = List.copyOf(forms);
        this.maxKeyLength = forms.stream().mapToInt(f -> f.key().length()).max().orElse(0);
    }

    /** The text and each alias of every word mark; figurative marks have none. Forms with no letters are skipped. */
    static MarkForms of(Collection<Mark> marks, TextNormalizer normalizer, Tokenizer tokenizer, CommonWords commonWords) {
        List<MarkForm> forms = new ArrayList<>();
        for (Mark mark : marks) {
            if (mark.kind() != MarkKind.WORD) continue;
            for (String form : mark.wordForms()) {
                List<Token> words = tokenizer.tokens(normalizer.normalize(form).text());
                if (words.isEmpty()) continue;
                String key = words.stream().map(Token::text).collect(Collectors.joining());
                String shape = words.stream().map(w -> String.valueOf(w.length())).collect(Collectors.joining(" "));
                forms.add(new MarkForm(forms.size(), mark, form, key, shape, MarkKeys.plain(form),
                        commonWords.contains(key)));
            }
        }
        return new MarkForms(forms);
    }

    MarkForm get(int index) {
        return forms.get(index);
    }

    List<MarkForm> all() {
        return forms;
    }

    int maxKeyLength() {
        return maxKeyLength;
    }
}
