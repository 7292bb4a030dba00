package dev.genuine.text;

/**
 * A run of letters and digits in a normalized text.
 *
 * @param from, to       the run's place in the normalized text
 * @param joinable       it may be read together with the token before (only spaces, dots, dashes, underscores
 *                       or a symbol lie between)
 * @param symbolBefore   the single symbol ('@', '$', '!', '|') glued between it and the token before, or 0
 * @param leetPrefix     '$' or '@' glued to its front that may stand for a letter ("$ony"), or 0
 * @param common         it is an ordinary word (or has no letters), so never read as a typo
 */
record Token(int from, int to, String text, boolean joinable, char symbolBefore, char leetPrefix, boolean common) {
    int length() {
        return to - from;
    }

    boolean hasDigit() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) return true;
        }
        return false;
    }
}
