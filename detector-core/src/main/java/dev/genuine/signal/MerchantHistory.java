package dev.genuine.signal;

/** What enforcement knows of a merchant when a listing is scored. */
public record MerchantHistory(String merchantId, int strikes, boolean suspended) {
    public static MerchantHistory clean(String merchantId) {
        return new MerchantHistory(merchantId, 0, false);
    }
}
