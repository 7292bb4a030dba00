package dev.genuine.image.pdq;

/**
 * The eight rotations and mirrors of an image, in the reference tools' order, each applied to PDQ's
 * 16x16 DCT coefficients instead of to the pixels.
 *
 * <p>Mirroring the image along x turns the DCT basis {@code cos(pi f (2x + 1) / 128)} into itself times
 * {@code (-1)^f}, so it negates the coefficients of odd frequency along that axis; PDQ drops the DC term,
 * so frequency {@code f} sits at index {@code f - 1} and odd frequencies are the even indices.
 * Transposing the image transposes the coefficients. Every rotation and mirror is a combination of these.
 */
public enum Dihedral {
    /** The image as it is. */
    ORIGINAL("original", false, false, false),
    /** Rotated a quarter turn anticlockwise. */
    ROTATE_90("rot90", true, true, false),
    /** Rotated a half turn. */
    ROTATE_180("rot180", false, true, true),
    /** Rotated a quarter turn clockwise. */
    ROTATE_270("rot270", true, false, true),
    /** Reflected across the horizontal (x) axis: upside down. */
    FLIP_X("flipX", false, true, false),
    /** Reflected across the vertical (y) axis: the left-right mirror image. */
    FLIP_Y("flipY", false, false, true),
    /** Reflected across the main diagonal: transposed. */
    FLIP_PLUS_1("flipPlus1", true, false, false),
    /** Reflected across the anti-diagonal. */
    FLIP_MINUS_1("flipMinus1", true, true, true);

    private final String label;
    private final boolean transpose;
    private final boolean mirrorRows;
    private final boolean mirrorColumns;

    Dihedral(String label, boolean transpose, boolean mirrorRows, boolean mirrorColumns) {
        this.label = label;
        this.transpose = transpose;
        this.mirrorRows = mirrorRows;
        this.mirrorColumns = mirrorColumns;
    }

    /** The short name the reference tools and hash lists use, e.g. {@code rot90}. */
    public String label() {
        return label;
    }

    /** Writes into {@code out} (256 values, row-major 16x16) the coefficients of the transformed image. */
    void transform(float[] coefficients, float[] out) {
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float v = transpose ? coefficients[j * 16 + i] : coefficients[i * 16 + j];
                boolean negate = (mirrorRows && (i & 1) == 0) ^ (mirrorColumns && (j & 1) == 0);
                out[i * 16 + j] = negate ? -v : v;
            }
        }
    }
}
