/**
 * Text matching: word marks and telling phrases in listings.
 *
 * <p>{@link dev.genuine.text.MonitorMarkIndex} finds word marks. Each field (title, description, reviews joined
 * by a line break, see {@link dev.genuine.text.TextField#textOf}) is normalized character by character by
 * {@link dev.genuine.text.TextNormalizer} (NFKC, invisible characters, confusable skeletons, diacritics, lower
 * case; every character keeps its original offsets and the steps that changed it), then read as compact terms:
 * single words, words read together while they can still start a mark key (split letters, marks written
 * together or apart), leetspeak readings and capital-I/small-l lookalikes. A batch of listings is presearched
 * once by a Lucene Monitor holding one stored query per mark (plain term queries over exact keys, collapsed
 * repeated letters and one-deletion variants), and each candidate is verified exactly: same key, more repeated
 * letters, or one typo (optimal string alignment) for marks of four letters or more that are not ordinary words,
 * never from a listing word that is itself an ordinary word ({@link dev.genuine.text.CommonWords}). A typo of a
 * four-letter mark counts only beside counterfeit vocabulary the listing does not deny
 * ({@link dev.genuine.text.CorroboratedMatches}); three-letter marks need their exact letters.
 * {@link dev.genuine.text.MarkMatch#transformations()} names what was needed, with the wire names of
 * {@link dev.genuine.text.Transformation}.
 *
 * <p>{@link dev.genuine.text.PhraseCueFinder} finds counterfeit vocabulary, fake allegations (reviews only),
 * referential and second-hand use and authenticity claims from the bundled phrase lists, with negation.
 */
package dev.genuine.text;
