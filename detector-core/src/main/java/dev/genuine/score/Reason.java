package dev.genuine.score;

/** One line of a decision's explanation, as the decisions export writes it. */
public record Reason(String signal, String markId, String rightsHolderId, String brand, String detail, double weight) {}
