package dev.genuine.models.embedding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestEmbeddingIndex {
    private static final int REFERENCES = 300;

    @Test
    void findsEachReferenceAsItsOwnNearestNeighbour() throws IOException {
        float[][] vectors = randomUnitVectors(REFERENCES, 1);
        try (EmbeddingIndex index = filled(EmbeddingIndex.inMemory(), vectors)) {
            assertEquals(REFERENCES, index.size());
            for (int i = 0; i < REFERENCES; i += 17) {
                List<EmbeddingIndex.Neighbour> top = index.nearest(vectors[i], 3);
                assertEquals("ref-" + i, top.get(0).referenceId());
                assertEquals("sha-" + i, top.get(0).sha256());
                assertEquals(1.0, top.get(0).similarity(), 1e-4);
                assertTrue(top.get(1).similarity() <= top.get(0).similarity());
            }
        }
    }

    @Test
    void similarityIsTheCosine() throws IOException {
        float[][] vectors = randomUnitVectors(2, 2);
        try (EmbeddingIndex index = filled(EmbeddingIndex.inMemory(), vectors)) {
            EmbeddingIndex.Neighbour other = index.nearest(vectors[0], 2).get(1);
            assertEquals(PhotoEmbedder.similarity(vectors[0], vectors[1]), other.similarity(), 1e-4);
        }
    }

    @Test
    void aFolderIndexReopensWithItsReferences(@TempDir Path folder) throws IOException {
        float[][] vectors = randomUnitVectors(50, 3);
        filled(EmbeddingIndex.open(folder), vectors).close();
        try (EmbeddingIndex reopened = EmbeddingIndex.open(folder)) {
            assertEquals(50, reopened.size());
            assertEquals("ref-7", reopened.nearest(vectors[7], 1).get(0).referenceId());
        }
    }

    @Test
    void searchesFromManyThreadsAgree() throws Exception {
        float[][] vectors = randomUnitVectors(REFERENCES, 4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (EmbeddingIndex index = filled(EmbeddingIndex.inMemory(), vectors)) {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int q = i % REFERENCES;
                answers.add(pool.submit(() -> index.nearest(vectors[q], 1).get(0).referenceId()));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals("ref-" + (i % REFERENCES), answers.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void refusesAVectorOfTheWrongLength() throws IOException {
        try (EmbeddingIndex index = EmbeddingIndex.inMemory()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.add("p1", "abc", new float[3]));
            assertTrue(e.getMessage().contains("p1"));
        }
    }

    private static EmbeddingIndex filled(EmbeddingIndex index, float[][] vectors) throws IOException {
        for (int i = 0; i < vectors.length; i++) {
            index.add("ref-" + i, "sha-" + i, vectors[i]);
        }
        index.build();
        return index;
    }

    private static float[][] randomUnitVectors(int n, long seed) {
        Random rnd = new Random(seed);
        float[][] out = new float[n][EmbeddingNetwork.DIMENSIONS];
        for (float[] v : out) {
            for (int d = 0; d < v.length; d++) v[d] = (float) rnd.nextGaussian();
            PhotoEmbedder.normalize(v);
        }
        return out;
    }
}
