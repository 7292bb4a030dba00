package dev.genuine.testdata;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * One listing while it is being made: the case makers fill in its fields, images and label variant.
 *
 * <p>Text and images draw from separate random streams, so a corpus generated without images has exactly
 * the same listings and labels (less the image details in the variants) as one with images.
 */
final class Draft {
    /** Merchants who sell copies again and again, and every other stranger. */
    static final int REPEAT_INFRINGERS = 30, OTHER_MERCHANTS = 5000;
    /** Share of copies sold by a merchant outside the repeat infringers. */
    static final double FIRST_TIME_COPIES = 0.3;
    /** Share of a stranger's legitimate listings (not an authorized seller's) sold by a repeat infringer. */
    static final double CLEAN_GOODS_FROM_INFRINGERS = 0.15;

    final String id;
    /** The listing's position among the listings of its case, to spread variants evenly. */
    final int slot;
    final Random text;
    final Random pics;
    /** Which merchant pool a stranger's listing comes from: a stream of its own, so no text or picture moved when it came. */
    final Random merchants;
    final Brand brand;
    final ProductSpec product;
    final BrandAssets assets;
    final int imageSize;
    final boolean render;
    final Map<String, Object> variant = new LinkedHashMap<>();
    final List<String> reviews = new ArrayList<>();
    String merchantId;
    String title;
    String description = "";
    String category;
    long price;

    private final List<String> images = new ArrayList<>();
    private final Map<String, byte[]> files;

    Draft(String id, int slot, Random text, Random pics, Random merchants, BrandAssets assets, ProductSpec product,
          int imageSize, boolean render, Map<String, byte[]> files) {
        this.id = id;
        this.slot = slot;
        this.text = text;
        this.pics = pics;
        this.merchants = merchants;
        this.assets = assets;
        this.brand = assets == null ? null : assets.brand();
        this.product = product;
        this.imageSize = imageSize;
        this.render = render;
        this.files = files;
        this.category = product == null ? null : product.category();
    }

    /** Adds an image drawn by {@code painter} (only called when images are rendered); returns its path. */
    String addImage(Supplier<BufferedImage> painter) {
        return addJpeg(() -> ImageCodec.jpeg(painter.get(), RegistryImages.JPEG_QUALITY));
    }

    /** Adds an image given as JPEG bytes (only called when images are rendered); returns its path. */
    String addJpeg(Supplier<byte[]> jpeg) {
        String path = "img/" + id + "-" + (images.size() + 1) + ".jpg";
        images.add(path);
        if (render) {
            files.put(path, jpeg.get());
        }
        return path;
    }

    /** Records an image path without drawing it, for corpora generated without images. */
    void addUndrawnImage() {
        addJpeg(() -> {
            throw new IllegalStateException("an undrawn image is only recorded when images are not rendered");
        });
    }

    /** A price {@code ratio} times the product's MSRP, rounded to a thousand rupiah; records the ratio. */
    void priceAt(double ratio) {
        double rounded = Math.round(ratio * 100) / 100.0;
        price = Math.max(1000, Math.round(product.msrp() * rounded / 1000.0) * 1000);
        variant.put("price_ratio", rounded);
    }

    /** A price between {@code low} and {@code high} rupiah, rounded to a thousand. */
    void priceBetween(long low, long high) {
        price = (low + (long) (text.nextDouble() * (high - low))) / 1000 * 1000;
    }

    /** With probability {@code share}, a sentence claiming the item is original (recorded in the variant), else none. */
    String[] originClaim(double share) {
        boolean claims = text.nextDouble() < share;
        variant.put("origin_claim", claims);
        return claims ? new String[] {Phrases.pick(Phrases.ORIGIN_CLAIMS, text)} : new String[0];
    }

    /**
     * A merchant who is not an authorized seller of any brand. Most copies come from a small pool of merchants, so
     * repeat infringers exist, and the rest from first-time sellers; those repeat infringers also sell some of the
     * legitimate goods, so a merchant's strikes make a copy likelier without making every listing of theirs one.
     */
    String strangerMerchant(boolean infringing) {
        // The seat is drawn from the text stream as before the pools were mixed, so no title or price moved.
        int seat = text.nextInt(infringing ? REPEAT_INFRINGERS : OTHER_MERCHANTS);
        boolean repeatInfringer = merchants.nextDouble() < (infringing ? 1 - FIRST_TIME_COPIES : CLEAN_GOODS_FROM_INFRINGERS);
        if (repeatInfringer) return "m-" + (20000 + seat % REPEAT_INFRINGERS);
        return "m-" + (30000 + (infringing ? merchants.nextInt(OTHER_MERCHANTS) : seat));
    }

    GeneratedListing listing(String updatedAt) {
        return new GeneratedListing(id, merchantId, title, description.trim(), price, "IDR", category, images, reviews,
                updatedAt);
    }

    Label label(CaseKind kind) {
        return brand == null ? new Label(id, kind.infringing(), null, null, kind, variant)
                : new Label(id, kind.infringing(), brand.slug(), brand.rightsHolderId(), kind, variant);
    }

    String model() {
        return product.model(brand.name());
    }
}
