package dev.genuine.enforcement;

import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.signal.MerchantHistory;
import dev.genuine.store.ReviewItem;

/** What a moderator's verdict did: the resolved item, its evidence record and the merchant's standing after it. */
public record VerdictOutcome(ReviewItem item, EvidenceRecord record, MerchantHistory merchant) {}
