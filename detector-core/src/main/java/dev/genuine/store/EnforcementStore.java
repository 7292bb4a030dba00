package dev.genuine.store;

import dev.genuine.signal.MerchantHistory;

import java.util.List;

/** Strikes against merchants and their suspensions (repeat infringers). */
public interface EnforcementStore {
    MerchantHistory history(String merchantId);

    /** Records a strike for a confirmed infringement; returns the merchant's history after it. */
    MerchantHistory addStrike(String merchantId, String listingId, String reason);

    /** Withdraws the strike a listing earned (an appeal upheld); returns the history after it. */
    MerchantHistory withdrawStrike(String merchantId, String listingId);

    /** Every strike the merchant ever received, withdrawn ones included, oldest first. */
    List<Strike> strikes(String merchantId);

    void setSuspended(String merchantId, boolean suspended, String reason);
}
