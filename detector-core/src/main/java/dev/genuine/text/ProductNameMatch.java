package dev.genuine.text;

/**
 * A registered product's model name found in a listing: words of the product's name other than its brand
 * ("Runner 2" of "Aurelia Runner 2"), consecutive and in order, in a listing filed under the product's category.
 *
 * @param start        offset of the first matched word in {@link TextField#textOf} of {@code field}
 * @param end          offset just after the last matched word
 * @param matchedWords how many model words matched in a row (at least two)
 * @param modelWords   how many words the model name has
 */
public record ProductNameMatch(String rightsHolderId, String brand, String productId, String productName,
                               TextField field, int start, int end, String matchedText, int matchedWords,
                               int modelWords) {
    /** The share of the model name that matched. */
    public double coverage() {
        return (double) matchedWords / modelWords;
    }
}
