package dev.genuine.models.embedding;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestShippedEmbeddingModel {
    private static PhotoEmbedder embedder;
    private static ModelCard card;

    @BeforeAll
    static void load() {
        embedder = PhotoEmbedder.shipped();
        card = ModelCard.shipped();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void cardDescribesTheNetwork() {
        assertEquals(PhotoInput.SIZE, card.inputSize());
        assertEquals(PhotoInput.CHANNELS, card.channels());
        assertEquals(EmbeddingNetwork.DIMENSIONS, card.embeddingDimensions());
        assertEquals(EmbeddingRelease.VERSION, card.version());
    }

    @Test
    void heldOutRecallStaysAboveTheRecordedBar() {
        HeldOutScores scores = HeldOutScores.compute(embedder, card.testSources(), card.testSeed());
        double recall = scores.pooledEmbedding(card.testFpr(), HeldOutScores.Negatives.PAIR).recall();
        assertTrue(recall >= card.recallBar(), "held-out recall " + recall + " fell below the card's bar " + card.recallBar());
    }

    @Test
    void batchedEmbeddingsEqualOneAtATimeAndAreUnitLength() {
        SourcePhotoGenerator generator = new SourcePhotoGenerator();
        List<BufferedImage> photos = new ArrayList<>();
        for (int i = 0; i < PhotoEmbedder.BATCH + 3; i++) {
            photos.add(generator.generate(EmbeddingTrainer.HELD_OUT_SEED_BASE + 500 + i));
        }
        float[][] batched = embedder.embed(photos);
        assertEquals(photos.size(), batched.length);
        assertArrayEquals(embedder.embed(photos.get(photos.size() - 1)), batched[photos.size() - 1], 1e-5f);
        for (float[] v : batched) {
            assertEquals(1.0, PhotoEmbedder.similarity(v, v), 1e-4);
        }
    }
}
