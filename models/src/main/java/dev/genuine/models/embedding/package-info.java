/**
 * The learned photo embedding: a small CNN mapping a product photo to 64 normalized numbers
 * ({@link dev.genuine.models.embedding.PhotoEmbedder}), trained on generated photos and their edits
 * ({@link dev.genuine.models.embedding.EmbeddingTrainer}), searched in a Lucene HNSW index
 * ({@link dev.genuine.models.embedding.EmbeddingIndex}) and offered to the scan as a
 * {@link dev.genuine.image.ListingImageMatcher} ({@link dev.genuine.models.embedding.EmbeddingPhotoMatcher}).
 * Measured figures, per edit against PHash, and the commands that produce them are in {@code models/EMBEDDING.md}.
 */
package dev.genuine.models.embedding;
