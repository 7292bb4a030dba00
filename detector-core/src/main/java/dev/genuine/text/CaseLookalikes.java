package dev.genuine.text;

/**
 * Capital I and small l look alike in most fonts: "AppIe" writes "Apple" with a capital I, "NlKE" writes "NIKE"
 * with a small l. Lower-casing alone hides the trick, so this reads such letters back from the original case.
 */
final class CaseLookalikes {
    private CaseLookalikes() {}

    /**
     * The word with a capital I after a small letter read as l, and a small l between capitals read as i; null
     * when there is no such letter (or the original does not map one to one onto the normalized word).
     */
    static String reading(String original, String normalized) {
        if (original.length() != normalized.length() || original.length() < 3) return null;
        char[] out = null;
        for (int k = 1; k < original.length(); k++) {
            char c = original.charAt(k);
            char before = original.charAt(k - 1);
            char after = k + 1 < original.length() ? original.charAt(k + 1) : 0;
            char replacement = 0;
            if (c == 'I' && Character.isLowerCase(before)) replacement = 'l';
            else if (c == 'l' && Character.isUpperCase(before) && (after == 0 || Character.isUpperCase(after))) replacement = 'i';
            if (replacement == 0) continue;
            if (out == null) out = normalized.toCharArray();
            out[k] = replacement;
        }
        return out == null ? null : new String(out);
    }
}
