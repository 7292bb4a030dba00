package dev.genuine.signal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.genuine.signal.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class TestPriceSignal {
    private final PriceSignal signal = new PriceSignal();

    @Test
    void firesInProportionBelowMsrp() {
        var cheap = signal.observe(analysis(listing("m-1", "Aurelia Runner 2", 250_000, "shoes"),
                List.of(aureliaInTitle("Aurelia", 0, List.of(), 0)), List.of()));
        assertEquals(1.0, cheap.get(0).strength());
        assertEquals(0.25, cheap.get(0).facts().get("ratio"));
        assertTrue(cheap.get(0).detail().contains("25% of the MSRP"), cheap.get(0).detail());
        var half = signal.observe(analysis(listing("m-1", "Aurelia Runner 2", 550_000, "shoes"),
                List.of(aureliaInTitle("Aurelia", 0, List.of(), 0)), List.of()));
        assertEquals(0.5, half.get(0).strength(), 1e-9);
    }

    @Test
    void silentAtNearFullPriceOrOutsideTheBrandsCategories() {
        assertTrue(signal.observe(analysis(listing("m-1", "Aurelia Runner 2", 900_000, "shoes"),
                List.of(aureliaInTitle("Aurelia", 0, List.of(), 0)), List.of())).isEmpty());
        assertTrue(signal.observe(analysis(listing("m-1", "Mango segar 1kg", 30_000, "food"),
                List.of(mangoInTitle(0)), List.of())).isEmpty());
    }
}
