package dev.genuine.signal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TestSignals {
    @Test
    void refusesTwoSignalsWithOneName() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Signals(List.of(new PriceSignal(), new PriceSignal())));
        assertTrue(e.getMessage().contains("price"));
    }

    @Test
    void standardSignalsHaveUniqueNames() {
        assertEquals(11, Signals.standard().all().size());
    }
}
