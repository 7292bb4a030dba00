package dev.genuine.image.features;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An axis-aligned rectangle in image pixels. */
public record Box(int x, int y, int w, int h) {
    public Box {
        if (w < 0 || h < 0) throw new IllegalArgumentException("box size must not be negative: " + w + "x" + h);
    }

    /** The box as evidence measures: {x, y, w, h}, read-only. */
    public Map<String, Object> toMap() {
        var m = new LinkedHashMap<String, Object>();
        m.put("x", x);
        m.put("y", y);
        m.put("w", w);
        m.put("h", h);
        return Collections.unmodifiableMap(m);
    }
}
