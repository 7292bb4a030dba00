package dev.genuine.image.pdq;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestPdqHash {
    private static final String HEX = "64e98e8e396467378cc8bce4731b0ca4e6ce93354cb3664e193dcc93664c396d";

    @Test
    void hexRoundTripsInTheReferenceOrder() {
        PdqHash hash = PdqHash.parse(HEX.toUpperCase(), 100);
        assertEquals(HEX, hash.toHex());
        assertEquals(0x193dcc93664c396dL, hash.word0());
        assertEquals(0x64e98e8e39646737L, hash.word3());
        assertTrue(hash.bit(0), "last hex digit d = 1101 holds bit 0");
        assertFalse(hash.bit(1));
        assertTrue(hash.bit(254), "first hex digit 6 = 0110 holds bits 255..252");
        assertFalse(hash.bit(255));
    }

    @Test
    void distanceCountsDifferingBitsOnly() {
        PdqHash a = PdqHash.parse(HEX, 100);
        PdqHash b = new PdqHash(a.word0() ^ 0b1011, a.word1(), a.word2(), a.word3() ^ (1L << 63), 20);
        assertEquals(4, a.distance(b));
        assertEquals(0, a.distance(a.withQuality(0)));
        assertEquals(256, a.distance(new PdqHash(~a.word0(), ~a.word1(), ~a.word2(), ~a.word3(), 100)));
    }

    @Test
    void matchingNeedsQualityAndRadius() {
        PdqHash a = PdqHash.parse(HEX, 100);
        PdqHash near = new PdqHash(a.word0() ^ 0x7FFFFFFFL, a.word1(), a.word2(), a.word3(), 90);
        PdqHash far = new PdqHash(a.word0() ^ 0xFFFFFFFFL, a.word1(), a.word2(), a.word3(), 90);
        assertTrue(a.matches(near), "31 bits");
        assertFalse(a.matches(far), "32 bits");
        assertFalse(a.matches(near.withQuality(49)));
        assertTrue(a.matches(near.withQuality(50)));
    }

    @Test
    void badInputIsRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PdqHash.parse("abc", 100))
                .getMessage().contains("64 hex digits"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PdqHash.parse(HEX.replace('e', 'g'), 100))
                .getMessage().contains("position 3"));
        assertThrows(IllegalArgumentException.class, () -> PdqHash.parse(HEX, 101));
        assertThrows(IllegalArgumentException.class, () -> PdqHash.parse(HEX, -1));
        assertThrows(IllegalArgumentException.class, () -> PdqHash.parse(null, 1));
    }
}
