package dev.genuine.image.features;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.DMatch;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDMatch;
import org.opencv.features2d.FlannBasedMatcher;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every reference image's descriptors in one FLANN KD-tree, so a listing photo is matched once against the
 * whole registry and only the references that collect enough distinctive votes are verified.
 * Thread-safe: queries on the shared tree are serialized, everything else is immutable.
 */
public final class ReferenceIndex implements Closeable {
    /** Neighbours fetched per listing descriptor: enough to reach past one rights holder's own look-alikes. */
    private static final int NEIGHBOURS = 6;

    private final List<Reference> references;
    private final List<Features> features;
    private final int[] rowReference;
    private final int[] rowKeypoint;
    private final Mat descriptors;
    private static final int TREE_SEED = 20261124;
    private final FlannBasedMatcher matcher;

    /** Indexes the references, each with the features taken from its image (same order). */
    public ReferenceIndex(List<Reference> references, List<Features> features) {
        if (references.size() != features.size()) {
            throw new IllegalArgumentException(references.size() + " references but " + features.size() + " feature sets");
        }
        this.references = List.copyOf(references);
        this.features = List.copyOf(features);
        int rows = features.stream().mapToInt(Features::count).sum();
        rowReference = new int[rows];
        rowKeypoint = new int[rows];
        float[] all = new float[rows * FeatureExtractor.DIMENSION];
        int row = 0;
        for (int r = 0; r < features.size(); r++) {
            Features f = features.get(r);
            System.arraycopy(f.descriptors(), 0, all, row * FeatureExtractor.DIMENSION, f.descriptors().length);
            for (int k = 0; k < f.count(); k++, row++) {
                rowReference[row] = r;
                rowKeypoint[row] = k;
            }
        }
        descriptors = new Mat(rows, FeatureExtractor.DIMENSION, CvType.CV_32F);
        if (rows > 0) descriptors.put(0, 0, all);
        matcher = FlannBasedMatcher.create();
        if (rows > 0) {
            matcher.add(List.of(descriptors));
            // FLANN draws its randomized kd-trees from this thread's OpenCV generator: seeded, the same references
            // always give the same trees, so a decision does not depend on what else the process did before.
            Core.setRNGSeed(TREE_SEED);
            matcher.train();
        }
    }

    public List<Reference> references() {
        return references;
    }

    public Reference reference(int i) {
        return references.get(i);
    }

    public int descriptorCount() {
        return rowReference.length;
    }

    /**
     * The references with at least {@code minVotes} listing keypoints whose nearest reference descriptor is
     * distinctive: closer than {@code ratio} times the nearest descriptor of any other rights holder (Lowe's
     * ratio test, taken across rights holders so that a brand's logo and its product photos showing that
     * logo do not cancel each other out). Most votes first, at most {@code maxCandidates}.
     */
    public List<Correspondences> candidates(Features listing, double ratio, int minVotes, int maxCandidates) {
        if (listing.count() == 0 || rowReference.length == 0) return List.of();
        List<MatOfDMatch> knn = new ArrayList<>();
        Mat query = listing.descriptorMat();
        try {
            synchronized (matcher) {
                matcher.knnMatch(query, knn, NEIGHBOURS);
            }
            Map<Integer, Votes> votes = new LinkedHashMap<>();
            for (int q = 0; q < knn.size(); q++) {
                vote(q, knn.get(q).toArray(), ratio, listing, votes);
            }
            return votes.entrySet().stream()
                    .filter(e -> e.getValue().size() >= minVotes)
                    .sorted(Comparator.comparingInt((Map.Entry<Integer, Votes> e) -> -e.getValue().size()))
                    .limit(maxCandidates)
                    .map(e -> e.getValue().toCorrespondences(e.getKey()))
                    .toList();
        } finally {
            query.release();
            knn.forEach(Mat::release);
        }
    }

    private void vote(int q, DMatch[] neighbours, double ratio, Features listing, Map<Integer, Votes> votes) {
        if (neighbours.length == 0) return;
        String holder = references.get(rowReference[neighbours[0].trainIdx]).rightsHolderId();
        double other = neighbours[neighbours.length - 1].distance;
        for (DMatch n : neighbours) {
            if (!references.get(rowReference[n.trainIdx]).rightsHolderId().equals(holder)) {
                other = n.distance;
                break;
            }
        }
        var seen = new HashSet<Integer>();
        for (DMatch n : neighbours) {
            int ref = rowReference[n.trainIdx];
            if (!references.get(ref).rightsHolderId().equals(holder)) break;
            if (n.distance >= ratio * other || !seen.add(ref)) continue;
            Features f = features.get(ref);
            int k = rowKeypoint[n.trainIdx];
            votes.computeIfAbsent(ref, r -> new Votes()).add(listing.x(q), listing.y(q), f.x(k), f.y(k));
        }
    }

    @Override
    public void close() {
        matcher.clear();
        descriptors.release();
    }

    /** Growing point lists for one reference. */
    private static final class Votes {
        private final List<float[]> pairs = new ArrayList<>();

        void add(float lx, float ly, float rx, float ry) {
            pairs.add(new float[] {lx, ly, rx, ry});
        }

        int size() {
            return pairs.size();
        }

        Correspondences toCorrespondences(int reference) {
            float[] l = new float[pairs.size() * 2];
            float[] r = new float[pairs.size() * 2];
            for (int i = 0; i < pairs.size(); i++) {
                float[] p = pairs.get(i);
                l[2 * i] = p[0];
                l[2 * i + 1] = p[1];
                r[2 * i] = p[2];
                r[2 * i + 1] = p[3];
            }
            return new Correspondences(reference, l, r);
        }
    }
}
