package dev.genuine.testdata;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Makes the photos of generated listings: official photos re-used as they are or edited, products with a
 * stamped logo, a seller's own photo of a branded product, and plain products without any brand.
 */
final class ListingImages {
    /** Edits a re-used official photo must survive detection: crops up to 20%, small rotations. */
    static final ImageAugmenter PHOTO_REUSE = new ImageAugmenter(0.20, 6.0);

    private static final Scene.Backdrop[] LISTING_BACKDROPS = {Scene.Backdrop.BUSY, Scene.Backdrop.WOOD, Scene.Backdrop.PLAIN};

    private ListingImages() {
    }

    /** The official photos of the draft's product, byte for byte. */
    static void officialPhotos(Draft d) {
        for (BrandAssets.OfficialPhoto photo : d.assets.photosOf(d.product)) {
            d.addJpeg(photo::jpeg);
        }
    }

    /** One official photo of the product, edited; records {@code source} and, when drawn, {@code ops}. */
    static void alteredOfficial(Draft d) {
        List<BrandAssets.OfficialPhoto> photos = d.assets.photosOf(d.product);
        BrandAssets.OfficialPhoto photo = photos.get(d.text.nextInt(photos.size()));
        d.variant.put("source", photo.path());
        if (d.render) {
            Augmentation edited = PHOTO_REUSE.augment(photo.image(), d.pics);
            d.addImage(edited::image);
            d.variant.put("ops", edited.ops());
        } else {
            d.addUndrawnImage();
        }
    }

    /**
     * A product of the same kind, drawn as its own object (not the registry product's design), with the brand's
     * logo stamped on it; records {@code logo}.
     */
    static void stampedProduct(Draft d) {
        if (!d.render) {
            d.addUndrawnImage();
            return;
        }
        Random r = d.pics;
        Scene scene = new Scene(d.product.shape(), new Design(r.nextLong()), RegistryImages.near(d.brand.colours().get(0), r),
                randomColour(r), LISTING_BACKDROPS[r.nextInt(LISTING_BACKDROPS.length)], 0.62 + r.nextDouble() * 0.25,
                (r.nextDouble() - 0.5) * 0.12, (r.nextDouble() - 0.5) * 0.12, r.nextBoolean(), r.nextLong());
        Painted painted = ProductPainter.paint(d.imageSize, scene, null, null);
        double widthFraction = 0.15 + r.nextDouble() * 0.25;
        double angle = (r.nextDouble() * 2 - 1) * 12;
        double cx = painted.anchor().getCenterX() + (r.nextDouble() - 0.5) * d.imageSize * 0.08;
        double cy = painted.anchor().getCenterY() + (r.nextDouble() - 0.5) * d.imageSize * 0.08;
        Color ink = copyInk(d.brand, r);
        LogoStamp.Placement placed = LogoStamp.stamp(painted.image(), d.assets.logo(), widthFraction, angle, cx, cy, ink);
        d.addImage(painted::image);
        Map<String, Object> logo = new LinkedHashMap<>();
        logo.put("x", placed.x());
        logo.put("y", placed.y());
        logo.put("w", placed.w());
        logo.put("h", placed.h());
        logo.put("colour", placed.colour());
        logo.put("angle", placed.angle());
        logo.put("width_frac", placed.widthFraction());
        logo.put("base", "generated-" + d.product.shape().name().toLowerCase(Locale.ROOT));
        d.variant.put("logo", logo);
    }

    /**
     * The ink a copy's logo is printed in, null for the logo's own colours. Most copies print it flat in one ink,
     * the cheapest way to put a logo on goods (screen print, heat transfer, embroidery): one of the brand's own
     * colours, white or black.
     */
    private static Color copyInk(Brand brand, Random r) {
        double roll = r.nextDouble();
        if (roll < 0.35) return null;
        if (roll < 0.65) return brand.colours().get(1);
        return roll < 0.8 ? Color.WHITE : new Color(20, 20, 20);
    }

    /**
     * The seller's own photo of a product (logo printed where the maker puts it, or without logo), drawn as its
     * own object: only official photos and the edits of them carry the registry product's design.
     */
    static void ownPhoto(Draft d, boolean withLogo) {
        if (!d.render) {
            d.addUndrawnImage();
            return;
        }
        Random r = d.pics;
        Scene scene = new Scene(d.product.shape(), new Design(r.nextLong()), d.brand.colours().get(0),
                d.brand.colours().get(1), r.nextBoolean() ? Scene.Backdrop.WOOD : Scene.Backdrop.PLAIN, 0.6 + r.nextDouble() * 0.2,
                (r.nextDouble() - 0.5) * 0.1, (r.nextDouble() - 0.5) * 0.1, r.nextBoolean(), r.nextLong());
        BufferedImage photo = ProductPainter.paint(d.imageSize, scene, withLogo ? d.assets.logo() : null, null).image();
        d.addImage(() -> ImageAugmenter.rotate(photo, (r.nextDouble() * 2 - 1) * 5));
    }

    /** A product of {@code shape}, its own object, with no brand on it or with {@code text} printed on it. */
    static void plainProduct(Draft d, ProductShape shape, String text) {
        if (!d.render) {
            d.addUndrawnImage();
            return;
        }
        Random r = d.pics;
        Scene scene = new Scene(shape, new Design(r.nextLong()), randomColour(r), randomColour(r),
                LISTING_BACKDROPS[r.nextInt(LISTING_BACKDROPS.length)],
                0.6 + r.nextDouble() * 0.3, (r.nextDouble() - 0.5) * 0.1, (r.nextDouble() - 0.5) * 0.1, r.nextBoolean(),
                r.nextLong());
        d.addImage(() -> ProductPainter.paint(d.imageSize, scene, null, text).image());
    }

    /** The shape a product of {@code category} is drawn as; categories without one get a random shape. */
    static ProductShape shapeFor(String category, Random random) {
        return switch (category) {
            case "shoes" -> ProductShape.SHOE;
            case "phones", "computer" -> ProductShape.PHONE;
            case "audio" -> ProductShape.SPEAKER;
            case "drinkware" -> ProductShape.BOTTLE;
            case "beauty", "home", "food" -> ProductShape.JAR;
            case "bags" -> ProductShape.BAG;
            case "wearables" -> ProductShape.WATCH;
            case "apparel" -> ProductShape.SHIRT;
            default -> ProductShape.values()[random.nextInt(ProductShape.values().length)];
        };
    }

    private static Color randomColour(Random r) {
        return Color.getHSBColor(r.nextFloat(), 0.35f + r.nextFloat() * 0.55f, 0.35f + r.nextFloat() * 0.6f);
    }
}
