package dev.genuine.domain;

import java.util.Objects;

/** An amount in a currency's minor-free unit as the feeds give it (IDR has no cents). */
public record Money(long amount, String currency) {
    public Money {
        Objects.requireNonNull(currency, "currency");
        if (amount < 0) throw new IllegalArgumentException("amount must not be negative: " + amount);
        currency = currency.toUpperCase(java.util.Locale.ROOT);
    }
}
