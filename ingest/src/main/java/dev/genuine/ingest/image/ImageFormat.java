package dev.genuine.ingest.image;

/** The image container formats genuine accepts, recognised by their leading magic bytes. */
public enum ImageFormat {
    JPEG, PNG, GIF, WEBP, BMP;

    /** The format whose magic bytes start {@code b}, or null when none does. */
    static ImageFormat sniff(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) return JPEG;
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return PNG;
        if (starts(b, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') return GIF;
        if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return WEBP;
        }
        if (starts(b, 'B', 'M')) return BMP;
        return null;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) return false;
        }
        return true;
    }
}
