package dev.genuine.image.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TestFeatureCache {
    private static final String SHA = "ab".repeat(32);
    private static final Features SAMPLE = new Features(40, 30, new float[] {1, 2, 3.5f, 4},
            new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f}, 3);

    @Test
    void computesOnceAndReadsBackTheSameFeatures(@TempDir Path dir) {
        AtomicInteger computed = new AtomicInteger();
        FeatureCache cache = new FeatureCache(dir);
        cache.get(SHA, Variant.MIRRORED, "k1", () -> {
            computed.incrementAndGet();
            return SAMPLE;
        });
        Features again = new FeatureCache(dir).get(SHA, Variant.MIRRORED, "k1", () -> {
            computed.incrementAndGet();
            return SAMPLE;
        });
        assertEquals(1, computed.get());
        assertEquals(40, again.width());
        assertEquals(30, again.height());
        assertEquals(3, again.dimension());
        assertArrayEquals(SAMPLE.points(), again.points());
        assertArrayEquals(SAMPLE.descriptors(), again.descriptors());
    }

    @Test
    void keysSeparateVariantsAndSettings(@TempDir Path dir) {
        AtomicInteger computed = new AtomicInteger();
        FeatureCache cache = new FeatureCache(dir);
        for (String key : new String[] {"k1", "k2"}) {
            for (Variant v : Variant.values()) {
                cache.get(SHA, v, key, () -> {
                    computed.incrementAndGet();
                    return SAMPLE;
                });
            }
        }
        assertEquals(2 * Variant.values().length, computed.get());
    }

    @Test
    void aDamagedFileIsRecomputed(@TempDir Path dir) throws IOException {
        FeatureCache cache = new FeatureCache(dir);
        cache.get(SHA, Variant.ORIGINAL, "k", () -> SAMPLE);
        try (var files = Files.list(dir)) {
            Path file = files.findFirst().orElseThrow();
            Files.write(file, new byte[] {1, 2, 3});
        }
        AtomicInteger computed = new AtomicInteger();
        cache.get(SHA, Variant.ORIGINAL, "k", () -> {
            computed.incrementAndGet();
            return SAMPLE;
        });
        assertEquals(1, computed.get());
    }

    @Test
    void refusesAKeyThatIsNotAHash(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class,
                () -> new FeatureCache(dir).get("../../etc/passwd", Variant.ORIGINAL, "k", () -> SAMPLE));
    }
}
