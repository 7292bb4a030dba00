package dev.genuine.image.features;

import dev.genuine.store.MemoryImageStore;
import dev.genuine.image.OpenCv;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;

/**
 * Thread CPU time per listing photo, split into decode, SIFT, index query and verification, against
 * synthetic registries of growing size: the cost per logo must stay far from linear. CPU time, unlike
 * JMH's wall time, stays meaningful on a shared machine. Run:
 * {@code java -cp detector-core/target/test-classes:detector-core/target/classes:$(cat cp.txt)
 * dev.genuine.image.features.FeatureScaling 100 1000}
 */
public final class FeatureScaling {
    private static final int ROUNDS = 20;

    public static void main(String[] args) {
        OpenCv.load();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (String arg : args) {
            int logos = Integer.parseInt(arg);
            MemoryImageStore store = new MemoryImageStore();
            FeatureSettings s = FeatureSettings.DEFAULT;
            try (ReferenceIndex index = new ReferenceIndexBuilder(s, Optional.empty())
                    .build(SyntheticRegistry.of(logos, store), store).index()) {
                Mat photo = SyntheticImages.busyBackground(320, 320, 5);
                SyntheticImages.paste(photo, SyntheticImages.logoPng("ABCD", 3), 0.3, 4, 160, 160, new Scalar(20, 20, 20));
                byte[] jpeg = SyntheticImages.jpeg(photo, 85);
                photo.release();
                FeatureExtractor extractor = s.listingExtractor();
                HomographyVerifier verifier = new HomographyVerifier(MatchThresholds.DEFAULT);
                long decode = 0, sift = 0, query = 0, verify = 0;
                for (int i = 0; i < ROUNDS; i++) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    var grey = ImagePreparation.grey(jpeg, s.minListingSide(), s.maxSide());
                    long t1 = cpu.getCurrentThreadCpuTime();
                    Features f = extractor.extract(grey.image());
                    grey.image().release();
                    long t2 = cpu.getCurrentThreadCpuTime();
                    var candidates = index.candidates(f, MatchThresholds.DEFAULT.ratio(), 4, MatchThresholds.DEFAULT.maxCandidates());
                    long t3 = cpu.getCurrentThreadCpuTime();
                    for (Correspondences c : candidates) verifier.verify(c, index.reference(c.reference()), f.width(), f.height());
                    long t4 = cpu.getCurrentThreadCpuTime();
                    decode += t1 - t0;
                    sift += t2 - t1;
                    query += t3 - t2;
                    verify += t4 - t3;
                }
                System.out.printf("%d logos + %d photos: %d references, %d descriptors; CPU ms per photo: decode %.1f,"
                        + " SIFT %.1f, index query %.1f, verification %.1f%n", logos, SyntheticRegistry.PHOTOS,
                        index.references().size(), index.descriptorCount(), decode / 1e6 / ROUNDS, sift / 1e6 / ROUNDS,
                        query / 1e6 / ROUNDS, verify / 1e6 / ROUNDS);
            }
        }
    }

    private FeatureScaling() {}
}
