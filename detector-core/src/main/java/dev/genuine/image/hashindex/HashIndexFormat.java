package dev.genuine.image.hashindex;

import dev.genuine.image.pdq.PdqHash;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The binary form of a hash index: a header, the entry count, then each entry's four words, quality and
 * value. Only entries are stored, never slot tables, so any implementation reads what any other wrote.
 */
public final class HashIndexFormat {
    private static final int MAGIC = 0x47504451; // "GPDQ"
    private static final int VERSION = 1;

    private HashIndexFormat() {}

    /** Writes every entry of the index; the stream is flushed, not closed. */
    public static <T> void write(HashIndex<T> index, OutputStream stream, ValueCodec<T> codec) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(index.size());
        try {
            index.forEach((hash, value) -> {
                try {
                    for (int w = 0; w < 4; w++) out.writeLong(hash.word(w));
                    out.writeByte(hash.quality());
                    codec.write(out, value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /** Reads entries written by {@link #write} and adds them to {@code into}, which it returns. */
    public static <T, I extends HashIndex<T>> I read(InputStream stream, ValueCodec<T> codec, I into) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
        try {
            if (in.readInt() != MAGIC) throw new IOException("not a genuine hash index: bad header");
            int version = in.readInt();
            if (version != VERSION) throw new IOException("hash index version " + version + " is not supported (expected " + VERSION + ")");
            int count = in.readInt();
            if (count < 0) throw new IOException("hash index: negative entry count " + count);
            for (int i = 0; i < count; i++) {
                long w0 = in.readLong(), w1 = in.readLong(), w2 = in.readLong(), w3 = in.readLong();
                int quality = in.readUnsignedByte();
                if (quality > PdqHash.MAX_QUALITY) throw new IOException("hash index entry " + (i + 1) + ": quality " + quality);
                into.add(new PdqHash(w0, w1, w2, w3, quality), codec.read(in));
            }
            return into;
        } catch (EOFException e) {
            throw new IOException("hash index is truncated", e);
        }
    }
}
