package dev.genuine.evidence.html;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;

/**
 * Escaping for text that goes into the page. Everything a listing or a record carries is hostile input, so
 * every value passes through {@link #text} before it is written, in element content and attributes alike.
 */
final class Html {
    private Html() {}

    /** The text with {@code & < > " '} escaped and control characters other than tab and line breaks replaced. */
    static String text(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    /** A JSON value's text, escaped: strings as they are, other values as JSON, missing ones empty. */
    static String text(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) return "";
        return text(n.isValueNode() ? n.asText() : n.toString());
    }

    /** A number for people: at most three decimals, no trailing zeros, no locale surprises. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return String.format(Locale.ROOT, "%.3f", d).replaceAll("0+$", "");
    }

    /** An amount of money with thousands separators, e.g. "1,250,000 IDR". */
    static String money(long amount, String currency) {
        return text(String.format(Locale.ROOT, "%,d %s", amount, currency == null ? "" : currency).trim());
    }
}
