package dev.genuine.ingest.image;

/**
 * Checks an image's bytes before anything decodes them: the magic bytes of a known format, the width and
 * height its header declares (refusing a decompression bomb by size alone), and cheap signs of truncation (a
 * JPEG must end with its EOI marker, a GIF with its trailer, a PNG must hold its IEND chunk, RIFF and BMP sizes
 * must fit the file).
 */
public final class ImageHeaders {
    private ImageHeaders() {}

    /** The header of an acceptable image, or an exception whose message says why the bytes are refused. */
    public static ImageHeader check(byte[] b, ImageLimits limits) throws InvalidImageException {
        if (b.length == 0) throw new InvalidImageException("empty file");
        ImageFormat format = ImageFormat.sniff(b);
        if (format == null) throw new InvalidImageException("not an image (no JPEG, PNG, GIF, WebP or BMP signature)");
        ImageHeader h;
        try {
            h = switch (format) {
                case JPEG -> jpeg(b);
                case PNG -> png(b);
                case GIF -> gif(b);
                case WEBP -> webp(b);
                case BMP -> bmp(b);
            };
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new InvalidImageException("truncated " + format + " (the header is cut off)");
        }
        if (h.width() <= 0 || h.height() <= 0) {
            throw new InvalidImageException(format + " declares an empty size " + h.width() + "x" + h.height());
        }
        if (h.width() > limits.maxSide() || h.height() > limits.maxSide() || h.pixels() > limits.maxPixels()) {
            throw new InvalidImageException(format + " declares " + h.width() + "x" + h.height()
                    + " pixels, over the limit of " + limits.maxPixels() + " pixels or " + limits.maxSide()
                    + " a side (refused before decoding)");
        }
        return h;
    }

    private static ImageHeader png(byte[] b) throws InvalidImageException {
        if (!(b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R')) {
            throw new InvalidImageException("PNG without an IHDR chunk first");
        }
        long w = u32be(b, 16), h = u32be(b, 20);
        if (!contains(b, new byte[] {'I', 'E', 'N', 'D'}, 33)) throw new InvalidImageException("truncated PNG (no IEND chunk)");
        return new ImageHeader(ImageFormat.PNG, (int) Math.min(w, Integer.MAX_VALUE), (int) Math.min(h, Integer.MAX_VALUE));
    }

    private static ImageHeader gif(byte[] b) throws InvalidImageException {
        if (b[contentEnd(b) - 1] != 0x3B) throw new InvalidImageException("truncated GIF (does not end with the trailer 3B)");
        return new ImageHeader(ImageFormat.GIF, u16le(b, 6), u16le(b, 8));
    }

    /** The length without trailing zero bytes, which some encoders pad after the end marker. */
    private static int contentEnd(byte[] b) {
        int end = b.length;
        while (end > 2 && b[end - 1] == 0) end--;
        return end;
    }

    private static ImageHeader jpeg(byte[] b) throws InvalidImageException {
        int end = contentEnd(b);
        if (!((b[end - 2] & 0xFF) == 0xFF && (b[end - 1] & 0xFF) == 0xD9)) {
            throw new InvalidImageException("truncated JPEG (does not end with the EOI marker FFD9)");
        }
        int i = 2;
        while (true) {
            if ((b[i] & 0xFF) != 0xFF) throw new InvalidImageException("corrupt JPEG (no marker at byte " + i + ")");
            while ((b[i] & 0xFF) == 0xFF) i++; // fill bytes
            int marker = b[i++] & 0xFF;
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue; // markers without a length
            if (marker == 0xDA || marker == 0xD9) throw new InvalidImageException("corrupt JPEG (no frame header before the image data)");
            int length = u16be(b, i);
            if (isStartOfFrame(marker)) {
                return new ImageHeader(ImageFormat.JPEG, u16be(b, i + 5), u16be(b, i + 3));
            }
            if (length < 2) throw new InvalidImageException("corrupt JPEG (segment length " + length + ")");
            i += length;
        }
    }

    private static boolean isStartOfFrame(int m) {
        return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
    }

    private static ImageHeader webp(byte[] b) throws InvalidImageException {
        long riffEnd = u32le(b, 4) + 8;
        if (riffEnd > b.length) throw new InvalidImageException("truncated WebP (RIFF declares " + riffEnd + " bytes, file has " + b.length + ")");
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8X" -> new ImageHeader(ImageFormat.WEBP, u24le(b, 24) + 1, u24le(b, 27) + 1);
            case "VP8L" -> {
                if ((b[20] & 0xFF) != 0x2F) throw new InvalidImageException("corrupt WebP (bad VP8L signature)");
                long bits = u32le(b, 21);
                yield new ImageHeader(ImageFormat.WEBP, (int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1);
            }
            case "VP8 " -> {
                if ((b[23] & 0xFF) != 0x9D || (b[24] & 0xFF) != 0x01 || (b[25] & 0xFF) != 0x2A) {
                    throw new InvalidImageException("corrupt WebP (bad VP8 start code)");
                }
                yield new ImageHeader(ImageFormat.WEBP, u16le(b, 26) & 0x3FFF, u16le(b, 28) & 0x3FFF);
            }
            default -> throw new InvalidImageException("WebP with unknown first chunk '" + chunk + "'");
        };
    }

    private static ImageHeader bmp(byte[] b) throws InvalidImageException {
        long declared = u32le(b, 2);
        if (declared > b.length) throw new InvalidImageException("truncated BMP (declares " + declared + " bytes, file has " + b.length + ")");
        long dib = u32le(b, 14);
        if (dib == 12) return new ImageHeader(ImageFormat.BMP, u16le(b, 18), u16le(b, 20));
        if (dib < 40) throw new InvalidImageException("not an image (BMP signature with an unknown header of " + dib + " bytes)");
        int w = (int) u32le(b, 18), h = (int) u32le(b, 22);
        return new ImageHeader(ImageFormat.BMP, w, h == Integer.MIN_VALUE ? h : Math.abs(h)); // negative height: top-down rows
    }

    /** True when {@code needle} occurs at or after {@code from}; searched from the end, where IEND sits. */
    private static boolean contains(byte[] b, byte[] needle, int from) {
        for (int i = b.length - needle.length; i >= from; i--) {
            int j = 0;
            while (j < needle.length && b[i + j] == needle[j]) j++;
            if (j == needle.length) return true;
        }
        return false;
    }

    private static int u16be(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    private static int u16le(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int u24le(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16;
    }

    private static long u32be(byte[] b, int i) {
        return (long) u16be(b, i) << 16 | u16be(b, i + 2);
    }

    private static long u32le(byte[] b, int i) {
        return u16le(b, i) | (long) u16le(b, i + 2) << 16;
    }
}
