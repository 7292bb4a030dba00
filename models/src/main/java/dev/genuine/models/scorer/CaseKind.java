package dev.genuine.models.scorer;

import java.util.List;

/**
 * The kinds of case the synthetic generator mixes, each adding its typical observations to a case and
 * returning the probability that such a case is infringing.
 */
enum CaseKind {
    COUNTERFEIT_LANGUAGE {
        double build(SyntheticCandidates.Case c, SyntheticCandidates g) {
            c.wordMark(g.between(0.8, 1), 0, List.of(), g.chance(0.8) ? "title" : "description", false, g.chance(0.9))
                    .vocabulary(g.between(0.6, 1), g.phrase(), g.chance(0.7)).seller(false);
            if (g.chance(0.8)) c.price(g.between(0.1, 0.6));
            return 0.96;
        }
    },
    EVASION_SPELLING {
        double build(SyntheticCandidates.Case c, SyntheticCandidates g) {
            String evasion = g.evasion();
            c.wordMark(g.between(0.55, 0.95), evasion.startsWith("typo") ? 1 : 0, List.of(evasion), "title", false, g.chance(0.85)).seller(false);
            boolean vocabulary = g.chance(0.4);
            if (vocabulary) c.vocabulary(g.between(0.5, 1), g.phrase(), g.chance(0.5));
            if (g.chance(0.7)) c.price(g.between(0.15, 0.7));
            return vocabulary ? 0.97 : 0.85;
        }
    },
    PHOTO_REUSE {
        double build(SyntheticCandidates.Case c, SyntheticCandidates g) {
            double photo = g.between(0.5, 1);
            c.image("product-photo", photo).seller(false);
            if (g.chance(0.5)) c.wordMark(g.between(0.7, 1), 0, List.of(), "description", false, true);
            if (g.chance(0.7)) c.price(g.between(0.2, 0.8));
            return 0.6 + 0.35 * photo;
        }
    },
    LOGO_ON_PRODUCT {
        double build(SyntheticCandidates.Case c, SyntheticCandidates g) {
            double logo = g.between(0.4, 1);
            c.image("logo", logo).seller(false);
            if (g.chance(0.4)) c.vocabulary(g.between(0.4, 0.9), g.phrase(), false);
            if (g.chance(0.6)) c.price(g.between(0.1, 0.7));
            return 0.5 + 0.45 * logo;
        }
    },
    BUYER_ALLEGED {
        double build(SyntheticCandidates.Case c, SyntheticCandidates g) {
            int allegations = 1 + g.upTo(7);
            c.wordMark(g.between(0.8, 1), 0, List.of(), "title", false, true).seller(false)
                    .reviews(Math.min(1, 0.3 + allegations * 0.12), allegations, allegations + g.upTo(25));
            if (g.chance(0.6)) c.price(g.between(0.3, 0.9));
            return allegations >= 3 ? 0.95 : 0.7;
        }
    },
    AUTHORIZED_GENUINE {
        double build(SyntheticCandidates.Case c, SyntheticCandidates g) {
            c.wordMark(g.between(0.85, 1), 0, List.of(), "title", false, true).seller(true).price(g.between(0.8, 1.3));
            if (g.chance(0.5)) c.cue("authenticity-claim", g.between(0.6, 1));
            if (g.chance(0.15)) c.reviews(0.3, 1, 5 + g.upTo(40));
            return 0.02;
        }
    },
    UNRELATED {
        double build(SyntheticCandidates.Case c, SyntheticCandidates g) {
            if (g.chance(0.5)) c.image("logo", g.between(0.1, 0.4));
            else c.image("product-photo", g.between(0.1, 0.4));
            c.seller(false);
            return 0.03;
        }
    },
    REFERENTIAL {
        double build(SyntheticCandidates.Case c, SyntheticCandidates g) {
            c.wordMark(g.between(0.8, 1), 0, List.of(), "title", false, g.chance(0.2)).seller(false)
                    .cue("referential-use", g.between(0.6, 1));
            if (g.chance(0.5)) c.price(g.between(0.03, 0.3));
            return 0.06;
        }
    },
    COMMON_WORD {
        double build(SyntheticCandidates.Case c, SyntheticCandidates g) {
            boolean inCategory = g.chance(0.3);
            c.wordMark(g.between(0.6, 1), 0, List.of(), "title", true, inCategory).seller(false);
            boolean vocabulary = inCategory && g.chance(0.5);
            if (vocabulary) c.vocabulary(g.between(0.6, 1), g.phrase(), true).price(g.between(0.1, 0.5));
            return vocabulary ? 0.85 : inCategory ? 0.25 : 0.04;
        }
    },
    NEAR_NAME {
        double build(SyntheticCandidates.Case c, SyntheticCandidates g) {
            c.wordMark(g.between(0.3, 0.6), 1, List.of("typo:substitute"), "title", false, g.chance(0.5)).seller(false);
            if (g.chance(0.3)) c.price(g.between(0.5, 1.2));
            return 0.12;
        }
    },
    SECOND_HAND {
        double build(SyntheticCandidates.Case c, SyntheticCandidates g) {
            c.wordMark(g.between(0.8, 1), 0, List.of(), "title", false, true).seller(false)
                    .cue("second-hand", g.between(0.6, 1)).price(g.between(0.3, 0.8));
            boolean vocabulary = g.chance(0.15);
            if (vocabulary) c.vocabulary(g.between(0.5, 0.9), g.phrase(), false);
            return vocabulary ? 0.75 : 0.08;
        }
    };

    /** Adds the kind's observations to the case and returns the probability it is infringing. */
    abstract double build(SyntheticCandidates.Case c, SyntheticCandidates g);
}
