package dev.genuine.testdata;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Draws a brand's logo and official product photos (studio backdrop, logo printed on the product). */
final class RegistryImages {
    static final float JPEG_QUALITY = 0.80f;

    private RegistryImages() {
    }

    /** The brand's images; when {@code render} is set they are drawn and their bytes put in {@code files}. */
    static BrandAssets make(Brand brand, int size, boolean render, long seed, Map<String, byte[]> files) {
        String folder = "registry/" + brand.slug() + "/";
        String logoPath = "logos/" + brand.slug() + ".png";
        BufferedImage logo = null;
        if (render) {
            logo = LogoPainter.paint(brand);
            files.put(folder + logoPath, ImageCodec.png(logo));
        }
        Random random = new Random(Seeds.derive(seed, 3, Brands.ALL.indexOf(brand)));
        List<BrandAssets.OfficialPhoto> photos = new ArrayList<>();
        for (int p = 0; p < brand.products().size(); p++) {
            ProductSpec product = brand.products().get(p);
            // A brand's second product is drawn in its colours swapped, and every product has a design of its own.
            Design design = new Design(Seeds.derive(seed, 5, Brands.ALL.indexOf(brand) * 8L + p));
            Color body = brand.colours().get(p % 2);
            Color accent = brand.colours().get((p + 1) % 2);
            for (int view = 0; view < product.photos(); view++) {
                String path = "products/" + product.id().substring(brand.slug().length() + 1) + "-" + (char) ('a' + view) + ".jpg";
                Scene scene = new Scene(product.shape(), design, body, accent, Scene.Backdrop.STUDIO,
                        view == 0 ? 0.78 : 0.9, (random.nextDouble() - 0.5) * 0.06, (random.nextDouble() - 0.5) * 0.06,
                        view == 1, random.nextLong());
                BufferedImage image = null;
                byte[] jpeg = null;
                if (render) {
                    image = ProductPainter.paint(size, scene, logo, null).image();
                    jpeg = ImageCodec.jpeg(image, JPEG_QUALITY);
                    files.put(folder + path, jpeg);
                }
                photos.add(new BrandAssets.OfficialPhoto(product, folder + path, image, jpeg));
            }
        }
        return new BrandAssets(brand, folder + logoPath, logo, photos);
    }

    /** A product colour close to {@code base}, as a copy or a different batch of the product would have. */
    static Color near(Color base, Random random) {
        return new Color(jitter(base.getRed(), random), jitter(base.getGreen(), random), jitter(base.getBlue(), random));
    }

    private static int jitter(int channel, Random random) {
        return Math.max(0, Math.min(255, channel + random.nextInt(41) - 20));
    }
}
