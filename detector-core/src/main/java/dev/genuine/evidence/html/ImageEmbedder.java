package dev.genuine.evidence.html;

import dev.genuine.image.OpenCv;
import dev.genuine.store.ImageStore;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads images from the store for one page and turns them into data URIs, once per image however often the
 * page shows it. The size comes from decoding with OpenCV, as the matchers decode, so a box found by a
 * matcher lands on the same pixels here (orientation from EXIF included, as browsers apply it).
 */
final class ImageEmbedder {
    private final ImageStore store;
    private final Map<String, EmbeddedImage> seen = new HashMap<>();

    ImageEmbedder(ImageStore store) {
        this.store = store;
    }

    EmbeddedImage embed(String sha256) {
        if (sha256 == null || sha256.isBlank()) return EmbeddedImage.missing("", "no image was recorded");
        return seen.computeIfAbsent(sha256, this::load);
    }

    private EmbeddedImage load(String sha256) {
        if (!store.contains(sha256)) return EmbeddedImage.missing(sha256, "not in this home's image store");
        byte[] bytes;
        try {
            bytes = store.read(sha256);
        } catch (IOException e) {
            return EmbeddedImage.missing(sha256, "could not be read from the image store: " + e.getMessage());
        }
        String mime = mimeType(bytes);
        if (mime == null) return EmbeddedImage.missing(sha256, "the stored bytes are not an image format a browser shows");
        int[] size = size(bytes);
        if (size == null) return EmbeddedImage.missing(sha256, "the stored image cannot be decoded");
        return EmbeddedImage.shown(sha256, "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes), size[0], size[1]);
    }

    /** The media type from the file's signature; null for anything a browser would not show as an image. */
    static String mimeType(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
        if (starts(b, 0x89, 'P', 'N', 'G')) return "image/png";
        if (starts(b, 'G', 'I', 'F', '8')) return "image/gif";
        if (starts(b, 'B', 'M')) return "image/bmp";
        if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... signature) {
        if (b.length < signature.length) return false;
        for (int i = 0; i < signature.length; i++) if ((b[i] & 0xFF) != signature[i]) return false;
        return true;
    }

    /** {width, height} as decoded, or null when OpenCV cannot decode the bytes. */
    private static int[] size(byte[] bytes) {
        OpenCv.load();
        MatOfByte encoded = new MatOfByte(bytes);
        Mat decoded = Imgcodecs.imdecode(encoded, Imgcodecs.IMREAD_COLOR);
        try {
            return decoded.empty() ? null : new int[] {decoded.cols(), decoded.rows()};
        } finally {
            decoded.release();
            encoded.release();
        }
    }
}
