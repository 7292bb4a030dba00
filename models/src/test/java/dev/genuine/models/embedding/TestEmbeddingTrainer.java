package dev.genuine.models.embedding;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestEmbeddingTrainer {
    private static final EmbeddingTrainer.Settings TINY = new EmbeddingTrainer.Settings(6, 4, 6, 11, 5e-3, 8);

    @Test
    void aFewStepsOfTrainingLowerTheLoss() {
        EmbeddingTrainer.Result result = new EmbeddingTrainer().train(TINY);
        List<Double> loss = result.epochLoss();
        assertEquals(TINY.epochs(), loss.size());
        assertTrue(loss.get(loss.size() - 1) < loss.get(0), "loss did not decrease: " + loss);
        assertEquals(64, result.trainingDataSha256().length());
        try (PhotoEmbedder embedder = new PhotoEmbedder(result.network())) {
            BufferedImage photo = new SourcePhotoGenerator().generate(3);
            float[] v = embedder.embed(photo);
            assertEquals(EmbeddingNetwork.DIMENSIONS, v.length);
            assertEquals(1.0, PhotoEmbedder.similarity(v, v), 1e-4);
        }
    }

    @Test
    void theSameSeedDrawsTheSameTrainingData() {
        EmbeddingTrainer.Settings one = new EmbeddingTrainer.Settings(3, 2, 1, 5, 1e-3, 4);
        assertEquals(new EmbeddingTrainer().train(one).trainingDataSha256(), new EmbeddingTrainer().train(one).trainingDataSha256());
    }

    @Test
    void settingsAreValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EmbeddingTrainer.Settings(1, 4, 1, 1, 1e-3, 8));
        assertTrue(e.getMessage().contains("sources"));
    }
}
