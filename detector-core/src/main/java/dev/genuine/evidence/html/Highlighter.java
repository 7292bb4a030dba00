package dev.genuine.evidence.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks spans of a listing's text (a matched mark, a counterfeit phrase) with {@code <mark>} elements and
 * escapes the rest. Spans are found by the offsets the evidence gives when they still point at the matched
 * text, otherwise by searching the text, so an offset from an older record cannot highlight the wrong words.
 */
final class Highlighter {
    /** Half-open range [start, end) of the text, drawn with the CSS class {@code kind}. */
    record Span(int start, int end, String kind) {
        Span {
            if (start < 0 || end <= start) throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
        }
    }

    private final String text;
    private final List<Span> spans = new ArrayList<>();

    Highlighter(String text) {
        this.text = text == null ? "" : text;
    }

    /** Highlights {@code found} at {@code start} if it is there, else every place it occurs. */
    Highlighter at(int start, String found, String kind) {
        if (found == null || found.isEmpty()) return this;
        if (start >= 0 && text.regionMatches(start, found, 0, found.length())) {
            spans.add(new Span(start, start + found.length(), kind));
            return this;
        }
        return every(found, kind);
    }

    /** Highlights every occurrence of {@code found}, ignoring case. */
    Highlighter every(String found, String kind) {
        if (found == null || found.isEmpty()) return this;
        Matcher m = Pattern.compile(Pattern.quote(found), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) if (m.end() > m.start()) spans.add(new Span(m.start(), m.end(), kind));
        return this;
    }

    boolean found() {
        return !spans.isEmpty();
    }

    /** The escaped text with its spans marked; a span overlapping an earlier one is dropped. */
    String html() {
        List<Span> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Span s : ordered) {
            if (s.start() < at) continue;
            b.append(Html.text(text.substring(at, s.start())))
                    .append("<mark class=\"").append(Html.text(s.kind())).append("\">")
                    .append(Html.text(text.substring(s.start(), s.end()))).append("</mark>");
            at = s.end();
        }
        return b.append(Html.text(text.substring(at))).toString();
    }
}
