package dev.genuine.image.pdq;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.domain.Registry;
import dev.genuine.image.CompositeImageMatcher;
import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.ListingImageMatcher;
import dev.genuine.image.features.BenchCorpus;
import dev.genuine.image.features.FeatureImageMatcher;
import dev.genuine.image.features.FeatureSettings;
import dev.genuine.image.features.MatchThresholds;
import dev.genuine.image.features.ReferenceIndex;
import dev.genuine.image.features.ReferenceIndexBuilder;
import dev.genuine.store.FileImageStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Measures what {@link PdqImageMatcher} alone finds on an evaluation corpus: per labelled case, the listings
 * with a product-photo match to their own rights holder and to another one, and for re-used photos which
 * edits the matches survived. With {@code features}, the same for the SIFT feature matcher and for both
 * merged by {@link CompositeImageMatcher}, with the time each takes. Run:
 * {@code java -cp detector-core/target/test-classes:detector-core/target/classes:$(cat cp.txt)
 * dev.genuine.image.pdq.PdqBenchRecall /work/shared/bench /tmp/pdq-store [features]}
 */
public final class PdqBenchRecall {

    public static void main(String[] args) throws IOException {
        FileImageStore store = new FileImageStore(Path.of(args[1]));
        BenchCorpus corpus = new BenchCorpus(Path.of(args[0]), store);
        Registry registry = corpus.registry();
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
            for (var e : matchers.entrySet()) measure(corpus, e.getKey(), e.getValue());
        } finally {
            if (features != null) features.close();
        }
    }

    private static void measure(BenchCorpus corpus, String name, ListingImageMatcher matcher) {
        System.out.println("== " + name);
        Map<String, int[]> byCase = new TreeMap<>();
        Map<String, int[]> reuseByOp = new TreeMap<>();
        long matchNanos = 0;
        for (BenchCorpus.Labelled item : corpus.listings()) {
            long t = System.nanoTime();
            List<ImageMatch> found = matcher.match(item.listing());
            matchNanos += System.nanoTime() - t;
            String holder = item.rightsHolderId();
            // Logo matches are the feature matcher's other job; only product-photo matches are counted here.
            List<ImageMatch> photos = found.stream().filter(m -> m.kind() == ImageMatchKind.PRODUCT_PHOTO).toList();
            boolean right = photos.stream().anyMatch(m -> m.rightsHolderId().equals(holder));
            boolean wrong = photos.stream().anyMatch(m -> !m.rightsHolderId().equals(holder));
            String kase = item.kase();
            int[] c = byCase.computeIfAbsent(kase, k -> new int[3]);
            c[0]++;
            if (right) c[1]++;
            if (wrong) c[2]++;
            if (kase.equals("photo-reuse")) {
                for (JsonNode op : item.variant().path("ops")) {
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
        System.out.printf("matching: %.1f ms per listing (decode + hash + lookup)%n", matchNanos / 1e6 / corpus.listings().size());
    }
}
