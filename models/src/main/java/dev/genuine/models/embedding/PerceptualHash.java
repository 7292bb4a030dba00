package dev.genuine.models.embedding;

import dev.genuine.image.OpenCv;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.img_hash.PHash;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** OpenCV's 64-bit DCT perceptual hash (img_hash PHash): the baseline the embedding is measured against. */
public final class PerceptualHash {
    private PerceptualHash() {}

    /** The hash of {@code img} as 64 bits. */
    public static long hash(BufferedImage img) {
        OpenCv.load();
        BufferedImage bgr = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = bgr.createGraphics();
        try {
            g.drawImage(img, 0, 0, null);
        } finally {
            g.dispose();
        }
        byte[] bytes = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        Mat mat = new Mat(img.getHeight(), img.getWidth(), CvType.CV_8UC3);
        Mat out = new Mat();
        PHash hasher = PHash.create();
        try {
            mat.put(0, 0, bytes);
            hasher.compute(mat, out);
            byte[] hash = new byte[8];
            out.get(0, 0, hash);
            long bits = 0;
            for (byte b : hash) {
                bits = (bits << 8) | (b & 0xFF);
            }
            return bits;
        } finally {
            mat.release();
            out.release();
        }
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
