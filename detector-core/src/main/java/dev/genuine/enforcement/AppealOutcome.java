package dev.genuine.enforcement;

import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.signal.MerchantHistory;
import dev.genuine.store.Appeal;

/** What filing or deciding an appeal did: the appeal, its evidence record and the merchant's standing after it. */
public record AppealOutcome(Appeal appeal, EvidenceRecord record, MerchantHistory merchant) {}
