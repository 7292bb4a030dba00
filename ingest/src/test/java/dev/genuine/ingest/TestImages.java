package dev.genuine.ingest;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Small real and hand-made image files for tests. */
public final class TestImages {
    private TestImages() {}

    /** A real image encoded by ImageIO ("png", "jpg", "gif", "bmp"), of one colour. */
    public static byte[] encode(String format, int width, int height, int rgb) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.drawLine(0, 0, width - 1, height - 1);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) throw new IllegalArgumentException("no ImageIO writer for " + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] png(int width, int height) {
        return encode("png", width, height, 0x3366CC);
    }

    public static byte[] jpeg(int width, int height) {
        return encode("jpg", width, height, 0xCC6633);
    }

    /** A syntactically complete PNG that only declares its size: a decompression bomb's header. */
    public static byte[] pngHeaderOnly(long width, long height) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12 + 12).order(ByteOrder.BIG_ENDIAN);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt((int) width).putInt((int) height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(b, "IHDR", ihdr.array());
        chunk(b, "IDAT", new byte[0]);
        chunk(b, "IEND", new byte[0]);
        return b.array();
    }

    private static void chunk(ByteBuffer b, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        b.putInt(data.length).put(t).put(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        b.putInt((int) crc.getValue());
    }

    /** A WebP RIFF container whose first chunk ({@code VP8X}, {@code VP8L} or {@code VP8 }) declares the size. */
    public static byte[] webp(String chunk, int width, int height) {
        ByteBuffer data = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        switch (chunk) {
            case "VP8X" -> {
                data.putInt(0);
                put24(data, width - 1);
                put24(data, height - 1);
            }
            case "VP8L" -> {
                data.put((byte) 0x2F);
                data.putInt((width - 1) | (height - 1) << 14);
            }
            case "VP8 " -> {
                data.put(new byte[] {0, 0, 0, (byte) 0x9D, 0x01, 0x2A});
                data.putShort((short) width).putShort((short) height);
            }
            default -> throw new IllegalArgumentException(chunk);
        }
        ByteBuffer b = ByteBuffer.allocate(12 + 8 + 10).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + 8 + 10).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        b.put(chunk.getBytes(StandardCharsets.US_ASCII)).putInt(10).put(data.array());
        return b.array();
    }

    private static void put24(ByteBuffer b, int v) {
        b.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
    }
}
