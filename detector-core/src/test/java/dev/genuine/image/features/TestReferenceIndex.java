package dev.genuine.image.features;

import dev.genuine.image.ImageMatchKind;
import dev.genuine.image.OpenCv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestReferenceIndex {
    private static final int N = 20;

    @BeforeAll
    static void load() {
        OpenCv.load();
    }

    @Test
    void aBrandsLogoAndItsPhotoShowingThatLogoBothCollectVotes() {
        float[][] shared = descriptors(N, 1);
        try (ReferenceIndex index = new ReferenceIndex(
                List.of(ref("rh-a", ImageMatchKind.LOGO), ref("rh-a", ImageMatchKind.PRODUCT_PHOTO), ref("rh-b", ImageMatchKind.LOGO)),
                List.of(features(shared, 0), features(shared, 0.01), features(descriptors(N, 2), 0)))) {
            List<Correspondences> found = index.candidates(features(shared, 0.02), 0.8, 10, 8);
            assertEquals(List.of(0, 1), found.stream().map(Correspondences::reference).sorted().toList());
            assertTrue(found.stream().allMatch(c -> c.votes() == N));
        }
    }

    @Test
    void descriptorsTwoRightsHoldersShareAreNotDistinctive() {
        float[][] shared = descriptors(N, 1);
        try (ReferenceIndex index = new ReferenceIndex(
                List.of(ref("rh-a", ImageMatchKind.LOGO), ref("rh-b", ImageMatchKind.LOGO)),
                List.of(features(shared, 0), features(shared, 0)))) {
            assertEquals(List.of(), index.candidates(features(shared, 0.02), 0.8, 1, 8));
        }
    }

    @Test
    void candidatesNeedEnoughVotes() {
        float[][] mine = descriptors(N, 1);
        try (ReferenceIndex index = new ReferenceIndex(List.of(ref("rh-a", ImageMatchKind.LOGO), ref("rh-b", ImageMatchKind.LOGO)),
                List.of(features(mine, 0), features(descriptors(N, 3), 0)))) {
            assertEquals(1, index.candidates(features(mine, 0.02), 0.8, N, 8).size());
            assertEquals(0, index.candidates(features(mine, 0.02), 0.8, N + 1, 8).size());
        }
    }

    @Test
    void theSameReferencesGiveTheSameCandidatesWhateverRanBeforeInTheProcess() {
        // Enough noisy descriptors that FLANN's randomized kd-trees answer approximately.
        List<Reference> refs = new ArrayList<>();
        List<Features> features = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            refs.add(ref("rh-" + i, ImageMatchKind.LOGO));
            features.add(features(descriptors(60, 100 + i), 0));
        }
        Features query = features(descriptors(60, 120), 0.6);
        List<String> first = candidatesAfterRandomDraws(refs, features, query, 1);
        assertEquals(first, candidatesAfterRandomDraws(refs, features, query, 1_000));
    }

    /** Draws from OpenCV's random generator first, as other code in the process would, then builds and queries. */
    private static List<String> candidatesAfterRandomDraws(List<Reference> refs, List<Features> features, Features query, int draws) {
        Mat noise = new Mat(draws, 1, CvType.CV_32F);
        try {
            Core.randu(noise, 0, 1);
        } finally {
            noise.release();
        }
        try (ReferenceIndex index = new ReferenceIndex(refs, features)) {
            return index.candidates(query, 0.9, 1, 40).stream().map(c -> c.reference() + ":" + c.votes()).toList();
        }
    }

    private static Reference ref(String holder, ImageMatchKind kind) {
        return new Reference(kind, holder, holder, holder + "-" + kind, "0".repeat(64), Variant.ORIGINAL, 100, 100,
                new Box(0, 0, 100, 100));
    }

    private static float[][] descriptors(int n, long seed) {
        Random r = new Random(seed);
        float[][] d = new float[n][FeatureExtractor.DIMENSION];
        for (float[] row : d) for (int j = 0; j < row.length; j++) row[j] = r.nextFloat() * 100;
        return d;
    }

    /** The descriptors with a little noise, at keypoints along a diagonal. */
    private static Features features(float[][] d, double noise) {
        Random r = new Random(99);
        float[] points = new float[d.length * 2];
        float[] values = new float[d.length * FeatureExtractor.DIMENSION];
        for (int i = 0; i < d.length; i++) {
            points[2 * i] = i * 4;
            points[2 * i + 1] = i * 3;
            for (int j = 0; j < FeatureExtractor.DIMENSION; j++) {
                values[i * FeatureExtractor.DIMENSION + j] = d[i][j] * (float) (1 + noise * r.nextGaussian());
            }
        }
        return new Features(100, 100, points, values, FeatureExtractor.DIMENSION);
    }
}
