package dev.genuine.image;

import org.bytedeco.javacpp.Loader;

/** Loads OpenCV's native library once, through JavaCPP, before any {@code org.opencv.*} class is used. */
public final class OpenCv {
    private static volatile boolean loaded;

    private OpenCv() {}

    public static void load() {
        if (loaded) return;
        synchronized (OpenCv.class) {
            if (!loaded) {
                Loader.load(org.bytedeco.opencv.opencv_java.class);
                loaded = true;
            }
        }
    }
}
