package dev.genuine.testdata;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A brand's registry images as generated: the logo and the official product photos, each with its path
 * relative to the corpus folder. Images are null when the corpus is generated without images.
 */
record BrandAssets(Brand brand, String logoPath, BufferedImage logo, List<OfficialPhoto> photos) {
    /** One official product photo. */
    record OfficialPhoto(ProductSpec product, String path, BufferedImage image, byte[] jpeg) {
    }

    BrandAssets {
        photos = List.copyOf(photos);
    }

    List<OfficialPhoto> photosOf(ProductSpec product) {
        return photos.stream().filter(p -> p.product().equals(product)).toList();
    }
}
