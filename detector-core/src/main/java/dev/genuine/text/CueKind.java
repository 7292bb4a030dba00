package dev.genuine.text;

/** Kinds of telling phrases in a listing's text, apart from marks. */
public enum CueKind {
    /** "KW super", "replika", "1:1", "premium copy": the seller says it is not genuine. */
    COUNTERFEIT_VOCABULARY,
    /** A buyer says the item is fake ("palsu", "bukan ori"). Only counts in reviews. */
    FAKE_ALLEGATION,
    /** "case untuk iPhone", "compatible with": the brand is named as what the item fits. */
    REFERENTIAL,
    /** "bekas", "preloved", "second hand": resale of a used item. */
    SECOND_HAND,
    /** "garansi resmi", "official store": a claim of authenticity (weak, often abused). */
    AUTHENTICITY_CLAIM
}
