package dev.genuine.signal;

/** The wire names of the built-in signals, as reasons, evidence and model features spell them. */
public final class SignalNames {
    public static final String WORD_MARK = "word-mark";
    public static final String COUNTERFEIT_LANGUAGE = "counterfeit-language";
    public static final String BUYER_REVIEWS = "buyer-reviews";
    public static final String PRICE = "price";
    public static final String UNAUTHORIZED_SELLER = "unauthorized-seller";
    public static final String AUTHORIZED_SELLER = "authorized-seller";
    public static final String PRODUCT_PHOTO = "product-photo";
    public static final String LOGO = "logo";
    public static final String PRODUCT_NAME = "product-name";
    public static final String REPEAT_INFRINGER = "repeat-infringer";
    public static final String REFERENTIAL_USE = "referential-use";
    public static final String SECOND_HAND = "second-hand";
    public static final String AUTHENTICITY_CLAIM = "authenticity-claim";

    private SignalNames() {}
}
