package dev.genuine.image.silhouette;

import dev.genuine.domain.StoredImage;
import dev.genuine.image.OpenCv;
import dev.genuine.image.features.BenchCorpus;
import dev.genuine.store.MemoryImageStore;

import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import java.util.TreeMap;

/**
 * Measures the shape matcher on a labelled corpus (the shared bench or testdata/generated): for each agreement
 * threshold, how many listings of each case have a shape matched to their own rights holder's logo, and how many
 * to another's. Every shape is scored against its closest logo, whatever the threshold, so one run gives the
 * whole curve. Usage: {@code SilhouetteCurves CORPUS_DIR}.
 */
public final class SilhouetteCurves {
    private static final double[] THRESHOLDS = {0.82, 0.84, 0.86, 0.88, 0.90, 0.91, 0.92, 0.94};
    private static final List<String> CLEAN = List.of("common-word", "near-name", "referential", "unrelated");

    public static void main(String[] args) throws Exception {
        OpenCv.load();
        MemoryImageStore store = new MemoryImageStore();
        BenchCorpus corpus = new BenchCorpus(Path.of(args[0]), store);
        long start = System.nanoTime();
        LogoSilhouettes logos = LogoSilhouettes.of(corpus.registry(), store);
        long prepared = System.nanoTime();
        SilhouetteLogoMatcher matcher = new SilhouetteLogoMatcher(logos, store);
        // Per case and threshold: listings whose best own-logo and best other-logo agreements reach it.
        Map<String, int[]> own = new TreeMap<>(), other = new TreeMap<>(), count = new TreeMap<>();
        int images = 0;
        for (BenchCorpus.Labelled item : corpus.listings()) {
            double bestOwn = 0, bestOther = 0;
            for (StoredImage image : item.listing().storedImages()) {
                if (!image.isStored()) continue;
                images++;
                for (SilhouetteLogoMatcher.Closest c : matcher.closest(image.sha256())) {
                    double score = c.agreement().score();
                    if (c.logo().rightsHolderId().equals(item.rightsHolderId())) bestOwn = Math.max(bestOwn, score);
                    else bestOther = Math.max(bestOther, score);
                }
            }
            count.computeIfAbsent(item.kase(), k -> new int[1])[0]++;
            int[] o = own.computeIfAbsent(item.kase(), k -> new int[THRESHOLDS.length]);
            int[] w = other.computeIfAbsent(item.kase(), k -> new int[THRESHOLDS.length]);
            for (int t = 0; t < THRESHOLDS.length; t++) {
                if (bestOwn >= THRESHOLDS[t]) o[t]++;
                if (bestOther >= THRESHOLDS[t]) w[t]++;
            }
        }
        long done = System.nanoTime();
        System.out.printf("%d listings, %d images, %d turned logo silhouettes (%s skipped): %.0f ms to prepare, %.1f ms per image%n",
                corpus.listings().size(), images, logos.turned().size(), logos.skipped().size(),
                (prepared - start) / 1e6, (done - prepared) / 1e6 / Math.max(1, images));
        System.out.println("own = a shape matched to the listing's own rights holder's logo; other = to another's ("
                + "on " + CLEAN + " any match is a false one)");
        StringBuilder head = new StringBuilder(String.format("%-22s %5s", "case", "n"));
        for (double t : THRESHOLDS) head.append(String.format("  %9s", String.format("%.2f", t)));
        System.out.println(head);
        for (String kase : count.keySet()) {
            StringBuilder row = new StringBuilder(String.format("%-22s %5d", kase, count.get(kase)[0]));
            for (int t = 0; t < THRESHOLDS.length; t++) {
                row.append(String.format("  %4d/%-4d", own.get(kase)[t], other.get(kase)[t]));
            }
            System.out.println(row);
        }
        System.out.println("(cells: own/other listings at or above the threshold; MIN_AGREEMENT = "
                + SilhouetteLogoMatcher.MIN_AGREEMENT + ")");
    }
}
