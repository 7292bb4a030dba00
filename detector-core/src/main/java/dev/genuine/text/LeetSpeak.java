package dev.genuine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Digits and symbols written for letters (0 o, 1 i or l, 3 e, 4 a, 5 s, 7 t, @ a, $ s, ! i, | l). Only read
 * so in a stretch that is mostly letters and has no other digits, so "100cm", "1:18" and "20 core" stay numbers.
 */
final class LeetSpeak {
    private static final String FROM = "013457@$!|";
    private static final String[] TO = {"o", "il", "e", "a", "s", "t", "a", "s", "i", "l"};

    /** Readings kept for one stretch: three ambiguous '1's already make eight. */
    static final int MAX_READINGS = 8;

    private LeetSpeak() {}

    /** At least two letters, no fewer letters than stand-ins, at least one stand-in, no other digits. */
    static boolean isPlausible(CharSequence s) {
        int letters = 0;
        int standIns = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (FROM.indexOf(c) >= 0) standIns++;
            else if (Character.isDigit(c)) return false;
            else if (Character.isLetter(c)) letters++;
        }
        return standIns > 0 && letters >= 2 && letters >= standIns;
    }

    /** Every reading of the stand-ins as letters, at most {@link #MAX_READINGS}. */
    static List<String> readings(CharSequence s) {
        int limit = MAX_READINGS;
        List<String> readings = new ArrayList<>();
        readings.add("");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = FROM.indexOf(c);
            String options = k >= 0 ? TO[k] : String.valueOf(c);
            List<String> next = new ArrayList<>(readings.size() * options.length());
            for (String prefix : readings) {
                for (int o = 0; o < options.length() && next.size() < limit; o++) next.add(prefix + options.charAt(o));
            }
            readings = next;
        }
        return readings;
    }
}
