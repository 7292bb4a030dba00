package dev.genuine.text;

import java.util.List;

/**
 * Keeps the mark matches that count for a listing: a typo of a short mark ({@link MarkMatch#needsCorroboration()})
 * only when the listing also uses counterfeit vocabulary that it does not deny ("Nkie KW super", not "Nkie" nor
 * "Nkie, bukan KW"). A short word one letter off a mark is as often another word or name as a disguise; said
 * beside "KW" or "replika", it says which brand is being copied.
 */
public final class CorroboratedMatches {
    private CorroboratedMatches() {}

    public static List<MarkMatch> of(List<MarkMatch> matches, List<TextCue> cues) {
        if (matches.stream().noneMatch(MarkMatch::needsCorroboration)) return matches;
        boolean copyAdmitted = cues.stream().anyMatch(c -> c.affirms(CueKind.COUNTERFEIT_VOCABULARY));
        return copyAdmitted ? matches : matches.stream().filter(m -> !m.needsCorroboration()).toList();
    }
}
