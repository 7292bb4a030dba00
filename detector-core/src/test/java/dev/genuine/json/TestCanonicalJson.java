package dev.genuine.json;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TestCanonicalJson {
    @Test
    void sortsKeysAtEveryDepthAndDropsWhitespace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", List.of(Map.of("y", true, "b", "x")));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("k", inner);
        outer.put("c", "é");
        assertEquals("{\"c\":\"é\",\"k\":{\"a\":[{\"b\":\"x\",\"y\":true}],\"z\":1}}", CanonicalJson.write(outer));
    }

    @Test
    void hashDiffersWhenAnyValueDiffers() {
        assertNotEquals(CanonicalJson.sha256Hex(CanonicalJson.write(Map.of("a", 1))),
                CanonicalJson.sha256Hex(CanonicalJson.write(Map.of("a", 2))));
        assertEquals(64, CanonicalJson.sha256Hex("x").length());
    }
}
