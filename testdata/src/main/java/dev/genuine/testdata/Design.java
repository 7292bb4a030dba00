package dev.genuine.testdata;

import java.util.Locale;
import java.util.Random;

/**
 * Which object of a product shape a drawing shows: its proportions, detail positions, counts and layouts
 * are drawn from the seed, so every product (each registry product, each listing's own product) has line art
 * of its own, as two real products of one kind (two bands, two bottles) do.
 *
 * <p>Feature matchers rightly take identical line art for the same product; drawings of one design (the
 * views of an official product, and edits of its photos) match, drawings of two designs do not.
 */
record Design(long seed) {
    /** A fresh source of the drawing's measurements; each drawing of this design gets the same ones. */
    Variation variation() {
        return new Variation(new Random(seed));
    }

    /** The measurements of the lettering printed on the product, apart from those of its shape. */
    Variation lettering() {
        return new Variation(new Random(Seeds.derive(seed, 1, 0)));
    }

    /** Moves each measurement of a shape away from the shape's typical value, on its own. */
    static final class Variation {
        private final Random random;

        private Variation(Random random) {
            this.random = random;
        }

        /**
         * A value between half and all of {@code spread} above or below {@code base}: never close to the
         * typical value, so no detail of two designs lands on the same spot by a small draw.
         */
        double at(double base, double spread) {
            double away = spread * (0.5 + 0.5 * random.nextDouble());
            return random.nextBoolean() ? base + away : base - away;
        }

        /** A count in {@code base +- spread}. */
        int count(int base, int spread) {
            return base - spread + random.nextInt(2 * spread + 1);
        }

        /** One of {@code options} layouts, numbered from 0. */
        int layout(int options) {
            return random.nextInt(options);
        }

        /** The time a watch face shows. */
        String time() {
            return String.format(Locale.ROOT, "%d:%02d", 1 + random.nextInt(12), random.nextInt(60));
        }
    }
}
