package dev.genuine.text;

import dev.genuine.domain.Listing;
import dev.genuine.text.PhraseBook.PhraseList;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds counterfeit vocabulary, referential and second-hand use and authenticity claims in a listing's title and
 * description, and fake allegations in its reviews, from the bundled phrase lists. Matching is by whole words on
 * normalized text (case, diacritics, full-width and lookalike letters folded). A phrase after a negation in the
 * same clause ("bukan KW", "not a replica") is reported negated (words in leetspeak, "r3plika", are read too); after a condition or a doubt ("uang kembali jika
 * palsu", "takut palsu") too, as that is a guarantee, not an admission. A negated claim of origin ("tidak
 * original", "bukan asli") is reported as what it admits: counterfeit vocabulary, or a fake allegation in a
 * review; a negated claim of an official channel ("bukan produk resmi") stays a negated claim, a disclaimer.
 * Thread-safe.
 */
public final class PhraseCueFinder implements CueFinder {
    /** Words before a phrase (in the same clause) that can negate it. */
    private static final int NEGATION_REACH = 3;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final PhraseBook listingPhrases;
    private final PhraseBook reviewPhrases;
    private final Set<String> negations;
    private final Set<String> conditions;

    public PhraseCueFinder() {
        PhraseList origin = new PhraseList("cues-authenticity.txt", CueKind.AUTHENTICITY_CLAIM, true);
        PhraseList official = new PhraseList("cues-official.txt", CueKind.AUTHENTICITY_CLAIM, false);
        PhraseList lookAlikes = new PhraseList("cues-look-alikes.txt", null, false);
        listingPhrases = new PhraseBook(List.of(
                new PhraseList("cues-counterfeit.txt", CueKind.COUNTERFEIT_VOCABULARY, false),
                new PhraseList("cues-referential.txt", CueKind.REFERENTIAL, false),
                new PhraseList("cues-second-hand.txt", CueKind.SECOND_HAND, false),
                origin, official, lookAlikes), normalizer);
        reviewPhrases = new PhraseBook(List.of(
                new PhraseList("cues-allegation.txt", CueKind.FAKE_ALLEGATION, false),
                origin, official, lookAlikes), normalizer);
        negations = Set.copyOf(PhraseResources.lines(PhraseCueFinder.class, "cues-negations.txt"));
        conditions = Set.copyOf(PhraseResources.lines(PhraseCueFinder.class, "cues-conditions.txt"));
    }

    @Override
    public List<TextCue> find(Listing listing) {
        List<TextCue> cues = new ArrayList<>();
        for (TextField field : TextField.values()) {
            String text = field.textOf(listing);
            if (!text.isEmpty()) find(field, text, cues);
        }
        return cues;
    }

    /** The cues in one field's text, appended to {@code out}. */
    public void find(TextField field, String original, List<TextCue> out) {
        PhraseBook book = field == TextField.REVIEW ? reviewPhrases : listingPhrases;
        NormalizedText text = normalizer.normalize(original);
        List<CueToken> tokens = decodeLeetspeak(CueToken.tokens(text.text()), book);
        int i = 0;
        while (i < tokens.size()) {
            int end = -1;
            PhraseList list = null;
            for (PhraseBook.Phrase phrase : book.startingWith(tokens.get(i).text())) {
                end = matchEnd(tokens, i, phrase.tokens());
                if (end > 0) {
                    list = phrase.list();
                    break;
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            if (list.kind() != null) out.add(cue(field, text, tokens, i, end, list));
            i = end;
        }
    }

    private TextCue cue(TextField field, NormalizedText text, List<CueToken> tokens, int from, int to, PhraseList list) {
        CueKind kind = list.kind();
        int fromChar = tokens.get(from).from();
        int toChar = tokens.get(to - 1).to();
        String phrase = text.originalText(fromChar, toChar);
        int start = text.originalStart(fromChar);
        return switch (scope(tokens, from)) {
            case CONDITION -> new TextCue(kind, field, phrase, start, true);
            case NEGATION -> list.negationAdmitsFake()
                    ? new TextCue(field == TextField.REVIEW ? CueKind.FAKE_ALLEGATION : CueKind.COUNTERFEIT_VOCABULARY,
                    field, phrase, start, false)
                    : new TextCue(kind, field, phrase, start, true);
            case PLAIN -> new TextCue(kind, field, phrase, start, false);
        };
    }

    private enum Scope { PLAIN, NEGATION, CONDITION }

    /** What the few words before a phrase, within its clause, do to it; a condition outranks a negation. */
    private Scope scope(List<CueToken> tokens, int phraseStart) {
        Scope scope = Scope.PLAIN;
        int words = 0;
        for (int k = phraseStart - 1; k >= 0 && words < NEGATION_REACH; k--) {
            CueToken t = tokens.get(k);
            if (t.isBreak()) break;
            if (!t.isWord()) continue;
            words++;
            if (conditions.contains(t.text())) return Scope.CONDITION;
            if (negations.contains(t.text())) scope = Scope.NEGATION;
        }
        return scope;
    }

    /** Words written in leetspeak ("r3plika", "pa1su") read as the phrase word they spell, when they spell one. */
    private static List<CueToken> decodeLeetspeak(List<CueToken> tokens, PhraseBook book) {
        List<CueToken> out = new ArrayList<>(tokens.size());
        for (CueToken t : tokens) {
            CueToken read = t;
            if (t.isWord() && LeetSpeak.isPlausible(t.text())) {
                for (String reading : LeetSpeak.readings(t.text())) {
                    if (book.knows(reading)) {
                        read = new CueToken(reading, t.from(), t.to());
                        break;
                    }
                }
            }
            out.add(read);
        }
        return out;
    }

    /** The token index just after the phrase if it matches at {@code from} (joiners passed over), else -1. */
    private static int matchEnd(List<CueToken> tokens, int from, List<String> phrase) {
        int k = from;
        for (int p = 0; p < phrase.size(); p++) {
            while (p > 0 && k < tokens.size() && tokens.get(k).isJoiner()) k++;
            if (k >= tokens.size() || !tokens.get(k).text().equals(phrase.get(p))) return -1;
            k++;
        }
        return k;
    }
}
