package dev.genuine.image.hashindex;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** How the values stored with hashes are written to and read from a serialized index. */
public interface ValueCodec<T> {
    void write(DataOutput out, T value) throws IOException;

    T read(DataInput in) throws IOException;

    /** Strings (labels, content hashes, reference ids) in modified UTF-8. */
    ValueCodec<String> STRING = new ValueCodec<>() {
        @Override
        public void write(DataOutput out, String value) throws IOException {
            out.writeUTF(value);
        }

        @Override
        public String read(DataInput in) throws IOException {
            return in.readUTF();
        }
    };
}
