package dev.genuine.domain;

/** Where a mark is registered; every field may be absent. */
public record Registration(String office, String number, String expires) {}
