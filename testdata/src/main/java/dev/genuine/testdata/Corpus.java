package dev.genuine.testdata;

import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A generated corpus in memory: the brands, the listings with their labels (same order), and every file
 * of the corpus folder (registry files, feeds, labels, images) by path relative to that folder.
 */
public record Corpus(GeneratorConfig config, List<Brand> brands, List<GeneratedListing> listings, List<Label> labels,
                     SortedMap<String, byte[]> files) {
    public Corpus {
        brands = List.copyOf(brands);
        listings = List.copyOf(listings);
        labels = List.copyOf(labels);
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        if (listings.size() != labels.size()) {
            throw new IllegalArgumentException("every listing needs exactly one label");
        }
    }

    /** The bytes of the file at {@code path}, relative to the corpus folder. */
    public byte[] file(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new IllegalArgumentException("no file '" + path + "' in the corpus");
        }
        return bytes.clone();
    }

    /** The decoded image at {@code path}, e.g. a listing image {@code img/L-000001-1.jpg}. */
    public BufferedImage image(String path) {
        return ImageCodec.decode(file(path));
    }

    /** Paths of the official product photos of every brand's registry. */
    public List<String> officialPhotoPaths() {
        return files.keySet().stream().filter(p -> p.startsWith("registry/") && p.contains("/products/")).toList();
    }

    /** Paths of the registry files, one per rights holder. */
    public List<String> registryPaths() {
        return files.keySet().stream().filter(p -> p.endsWith("/registry.json")).toList();
    }
}
