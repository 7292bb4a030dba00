package dev.genuine.image.features;

import dev.genuine.image.ImageMatch;
import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.OpenCv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Measures the feature matcher on an evaluation corpus and prints, per inlier threshold, recall on
 * re-used photos and logos on products against false matches on clean listings. Run:
 * {@code java -cp detector-core/target/test-classes:detector-core/target/classes:$(cat cp.txt)
 * dev.genuine.image.features.FeatureCurves /work/shared/bench [ratio [minListingSide]]}
 */
public final class FeatureCurves {
    private static final Set<String> CLEAN = Set.of("unrelated", "near-name", "common-word", "referential");

    /** The best inliers a listing reached per kind, for its own rights holder and for any other. */
    private record Outcome(BenchCorpus.Labelled item, int[] right, int[] wrong) {}

    public static void main(String[] args) throws Exception {
        OpenCv.load();
        BenchCorpus bench = new BenchCorpus(Path.of(args[0]));
        double ratio = args.length > 1 ? Double.parseDouble(args[1]) : MatchThresholds.DEFAULT.ratio();
        FeatureSettings settings = args.length > 2
                ? FeatureSettings.DEFAULT.withMinListingSide(Integer.parseInt(args[2])) : FeatureSettings.DEFAULT;
        System.out.println("settings " + settings + ", ratio " + ratio);
        MatchThresholds d = MatchThresholds.DEFAULT;
        MatchThresholds low = new MatchThresholds(ratio, d.maxCandidates(), 3, 3, d.minInlierRatio(), d.reprojection(),
                d.maxSkew(), d.minLogoArea(), d.minPhotoArea());
        long t0 = System.nanoTime();
        var build = new ReferenceIndexBuilder(settings, java.util.Optional.empty()).build(bench.registry, bench.store);
        long t1 = System.nanoTime();
        try (ReferenceIndex index = build.index()) {
            System.out.printf("index: %d references, %d descriptors, built in %d ms, skipped %s%n",
                    index.references().size(), index.descriptorCount(), (t1 - t0) / 1_000_000, build.skipped());
            var matcher = new FeatureImageMatcher(index, bench.store, settings, low);
            List<Outcome> outcomes = new ArrayList<>();
            int images = 0;
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = cpu.getCurrentThreadCpuTime();
            long m0 = System.nanoTime();
            for (BenchCorpus.Labelled item : bench.listings) {
                images += item.listing().storedImages().size();
                int[] right = new int[2], wrong = new int[2];
                for (ImageMatch m : matcher.match(item.listing())) {
                    int k = m.kind().ordinal();
                    int inliers = (Integer) m.measures().get("inliers");
                    if (m.rightsHolderId().equals(item.rightsHolderId())) right[k] = Math.max(right[k], inliers);
                    else wrong[k] = Math.max(wrong[k], inliers);
                }
                outcomes.add(new Outcome(item, right, wrong));
            }
            long m1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            System.out.printf("matching: %d images, %.1f ms per image wall, %.1f ms CPU (one thread)%n", images,
                    (m1 - m0) / 1e6 / images, (c1 - c0) / 1e6 / images);
            curve(outcomes, ImageMatchKind.LOGO, "logo-on-product");
            curve(outcomes, ImageMatchKind.PRODUCT_PHOTO, "photo-reuse");
            either(outcomes, "logo-on-product", MatchThresholds.DEFAULT);
            misses(outcomes, "logo-on-product", ImageMatchKind.LOGO, MatchThresholds.DEFAULT.logoInliers());
        }
    }

    private static void curve(List<Outcome> outcomes, ImageMatchKind kind, String target) {
        int k = kind.ordinal();
        System.out.printf("%n%s matches: T = min inliers; recall = %s listings matched to their own rights holder;%n"
                + "clean = unrelated/near-name/common-word/referential with any match; wrong = %s matched to another holder;%n"
                + "2nd-hand / authorized = those clean listings with any match (their sellers may show official photos"
                + " and logos);%ninfr-other = listings of the other infringing cases matched to their own rights holder%n",
                kind, target, target);
        System.out.println("   T  recall   clean  wrong  2nd-hand  authorized  infr-other");
        for (int t = 3; t <= 40; t += t < 16 ? 1 : 4) {
            int n = 0, found = 0, wrongN = 0, cleanN = 0, cleanHit = 0, other = 0;
            int usedN = 0, usedHit = 0, authN = 0, authHit = 0;
            for (Outcome o : outcomes) {
                String c = o.item().kase();
                boolean any = o.right()[k] >= t || o.wrong()[k] >= t;
                if (c.equals(target)) {
                    n++;
                    if (o.right()[k] >= t) found++;
                    if (o.wrong()[k] >= t) wrongN++;
                } else if (CLEAN.contains(c)) {
                    cleanN++;
                    if (any) cleanHit++;
                } else if (c.equals("second-hand")) {
                    usedN++;
                    if (any) usedHit++;
                } else if (c.equals("authorized-genuine")) {
                    authN++;
                    if (any) authHit++;
                } else if (o.right()[k] >= t) {
                    other++;
                }
            }
            System.out.printf("%4d  %5.3f  %2d/%d  %5d  %5d/%d  %7d/%d  %10d%n", t, (double) found / n, cleanHit, cleanN,
                    wrongN, usedHit, usedN, authHit, authN, other);
        }
    }

    /** Recall when a logo or a product photo of the listing's own rights holder counts, at the given thresholds. */
    private static void either(List<Outcome> outcomes, String target, MatchThresholds t) {
        int n = 0, found = 0;
        for (Outcome o : outcomes) {
            if (!o.item().kase().equals(target)) continue;
            n++;
            if (o.right()[0] >= t.minInliers(ImageMatchKind.values()[0])
                    || o.right()[1] >= t.minInliers(ImageMatchKind.values()[1])) found++;
        }
        System.out.printf("%n%s found as logo or product photo at the default thresholds: %d/%d%n", target, found, n);
    }

    private static void misses(List<Outcome> outcomes, String target, ImageMatchKind kind, int t) {
        StringBuilder sb = new StringBuilder();
        for (Outcome o : outcomes) {
            if (o.item().kase().equals(target) && o.right()[kind.ordinal()] < t) {
                sb.append(o.item().listing().id()).append(' ').append(o.item().rightsHolderId()).append(' ')
                        .append(o.item().variant().path("logo").path("w").asInt()).append("px ");
            }
        }
        System.out.println("\nmissed " + target + " at T=" + t + ": " + sb);
    }

    private FeatureCurves() {}

}
