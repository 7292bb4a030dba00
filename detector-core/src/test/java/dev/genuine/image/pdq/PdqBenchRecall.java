package dev.genuine.image.pdq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.genuine.domain.Listing;
import dev.genuine.domain.Product;
import dev.genuine.domain.Registry;
import dev.genuine.domain.RightsHolder;
import dev.genuine.domain.RightsHolderEntry;
import dev.genuine.domain.StoredImage;
import dev.genuine.image.CompositeImageMatcher;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.ListingImageMatcher;
import dev.genuine.image.features.FeatureImageMatcher;
import dev.genuine.image.features.FeatureSettings;
import dev.genuine.image.features.MatchThresholds;
import dev.genuine.image.features.ReferenceIndex;
import dev.genuine.image.features.ReferenceIndexBuilder;
import dev.genuine.store.FileImageStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures what {@link PdqImageMatcher} alone finds on an evaluation corpus: per labelled case, the listings
 * with a product-photo match to their own rights holder and to another one, and for re-used photos which
 * edits the matches survived. With {@code features}, the same for the SIFT feature matcher and for both
 * merged by {@link CompositeImageMatcher}, with the time each takes. Run:
 * {@code java -cp detector-core/target/test-classes:detector-core/target/classes:$(cat cp.txt)
 * dev.genuine.image.pdq.PdqBenchRecall /work/shared/bench /tmp/pdq-store [features]}
 */
public final class PdqBenchRecall {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        Path bench = Path.of(args[0]);
        FileImageStore store = new FileImageStore(Path.of(args[1]));
        Registry registry = registry(bench.resolve("registry"), store);
        long t0 = System.nanoTime();
        PdqImageMatcher matcher = PdqImageMatcher.build(registry, store, Optional.empty());
        System.out.printf("index: %d hashes from %d products, built in %d ms, skipped %s%n", matcher.size(),
                registry.products().size(), (System.nanoTime() - t0) / 1_000_000, matcher.skipped());
        Map<String, ListingImageMatcher> matchers = new LinkedHashMap<>();
        matchers.put("pdq", matcher);
        ReferenceIndex features = null;
        if (args.length > 2 && args[2].equals("features")) {
            features = new ReferenceIndexBuilder(FeatureSettings.DEFAULT, Optional.empty()).build(registry, store).index();
            var sift = new FeatureImageMatcher(features, store, FeatureSettings.DEFAULT, MatchThresholds.DEFAULT);
            matchers.put("features", sift);
            matchers.put("pdq+features", new CompositeImageMatcher(List.of(matcher, sift)));
        }
        try {
            for (var e : matchers.entrySet()) measure(bench, store, e.getKey(), e.getValue());
        } finally {
            if (features != null) features.close();
        }
    }

    private static void measure(Path bench, FileImageStore store, String name, ListingImageMatcher matcher) throws IOException {
        System.out.println("== " + name);
        List<String> feed = Files.readAllLines(bench.resolve("listings.jsonl"));
        List<String> labels = Files.readAllLines(bench.resolve("labels.jsonl"));
        Map<String, int[]> byCase = new TreeMap<>();
        Map<String, int[]> reuseByOp = new TreeMap<>();
        long matchNanos = 0;
        for (int i = 0; i < feed.size(); i++) {
            JsonNode l = JSON.readTree(feed.get(i));
            JsonNode label = JSON.readTree(labels.get(i));
            List<StoredImage> stored = new ArrayList<>();
            for (JsonNode img : l.path("images")) {
                stored.add(StoredImage.stored(img.asText(), store.put(Files.readAllBytes(bench.resolve(img.asText())))));
            }
            Listing listing = new Listing(l.path("id").asText(), l.path("merchantId").asText(), l.path("title").asText(),
                    null, null, null, List.of(), List.of(), null, stored);
            long t = System.nanoTime();
            List<ImageMatch> found = matcher.match(listing);
            matchNanos += System.nanoTime() - t;
            String holder = label.path("rightsHolderId").asText("");
            // Logo matches are the feature matcher's other job; only product-photo matches are counted here.
            List<ImageMatch> photos = found.stream().filter(m -> m.kind() == ImageMatchKind.PRODUCT_PHOTO).toList();
            boolean right = photos.stream().anyMatch(m -> m.rightsHolderId().equals(holder));
            boolean wrong = photos.stream().anyMatch(m -> !m.rightsHolderId().equals(holder));
            String kase = label.path("case").asText();
            int[] c = byCase.computeIfAbsent(kase, k -> new int[3]);
            c[0]++;
            if (right) c[1]++;
            if (wrong) c[2]++;
            if (kase.equals("photo-reuse")) {
                for (JsonNode op : label.path("variant").path("ops")) {
                    int[] o = reuseByOp.computeIfAbsent(op.asText().replaceAll("[-0-9.%/]+", "#"), k -> new int[2]);
                    o[0]++;
                    if (right) o[1]++;
                }
            }
        }
        System.out.printf("%-22s %9s %15s %15s%n", "case", "listings", "own holder", "other holder");
        byCase.forEach((k, c) -> System.out.printf("%-22s %9d %15d %15d%n", k, c[0], c[1], c[2]));
        System.out.println("photo-reuse listings found, by edit applied (an edit counted once per listing):");
        reuseByOp.forEach((k, o) -> System.out.printf("  %-30s %3d of %3d%n", k, o[1], o[0]));
        System.out.printf("matching: %.1f ms per listing (decode + hash + lookup)%n", matchNanos / 1e6 / feed.size());
    }

    private static Registry registry(Path dir, FileImageStore store) throws IOException {
        List<RightsHolderEntry> entries = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.map(p -> p.resolve("registry.json")).filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            JsonNode root = JSON.readTree(file.toFile());
            String holder = root.path("rightsHolder").path("id").asText();
            List<Product> products = new ArrayList<>();
            for (JsonNode p : root.path("products")) {
                List<StoredImage> images = new ArrayList<>();
                for (JsonNode img : p.path("images")) {
                    images.add(StoredImage.stored(img.asText(),
                            store.put(Files.readAllBytes(file.getParent().resolve(img.asText())))));
                }
                products.add(new Product(p.path("id").asText(), holder, p.path("brand").asText(),
                        p.path("name").asText(), p.path("category").asText(), null, images));
            }
            entries.add(new RightsHolderEntry(new RightsHolder(holder, holder, null), List.of(), products, Set.of(), null));
        }
        return new Registry(1, Instant.EPOCH, entries);
    }
}
