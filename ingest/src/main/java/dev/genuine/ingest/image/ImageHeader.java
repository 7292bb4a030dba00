package dev.genuine.ingest.image;

import java.util.Objects;

/** What an image's header declares: its format and pixel size, read without decoding the image. */
public record ImageHeader(ImageFormat format, int width, int height) {
    public ImageHeader {
        Objects.requireNonNull(format, "format");
    }

    public long pixels() {
        return (long) width * height;
    }
}
