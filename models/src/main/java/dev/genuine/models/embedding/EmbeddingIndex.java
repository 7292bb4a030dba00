package dev.genuine.models.embedding;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reference photo embeddings in a Lucene HNSW graph, searched by cosine similarity. Backed by memory or by
 * a folder (the folder is the serialized index: reopening it gives the same index). Searches are
 * thread-safe and may run while references are added; added references are searchable after {@link #build()}.
 */
public final class EmbeddingIndex implements Closeable {
    private static final String VECTOR = "vector";
    private static final String REFERENCE = "referenceId";
    private static final String SHA256 = "sha256";

    /** A reference found near a query, with its cosine similarity in [-1, 1]. */
    public record Neighbour(String referenceId, String sha256, double similarity) {}

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private EmbeddingIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
    }

    /** An empty index held in memory. */
    public static EmbeddingIndex inMemory() throws IOException {
        return new EmbeddingIndex(new ByteBuffersDirectory());
    }

    /** The index kept in {@code folder}, created empty when the folder holds none. */
    public static EmbeddingIndex open(Path folder) throws IOException {
        return new EmbeddingIndex(FSDirectory.open(folder));
    }

    /** Adds a reference photo's embedding; {@code vector} must have {@value EmbeddingNetwork#DIMENSIONS} numbers. */
    public void add(String referenceId, String sha256, float[] vector) throws IOException {
        if (vector.length != EmbeddingNetwork.DIMENSIONS) {
            throw new IllegalArgumentException("embedding for " + referenceId + " has " + vector.length
                    + " numbers, expected " + EmbeddingNetwork.DIMENSIONS);
        }
        Document doc = new Document();
        doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
        doc.add(new StringField(REFERENCE, referenceId, Field.Store.YES));
        doc.add(new StoredField(SHA256, sha256));
        writer.addDocument(doc);
    }

    /** Commits what was added (to the folder, when there is one) and makes it searchable. */
    public void build() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Up to {@code k} references nearest to {@code query}, most similar first. */
    public List<Neighbour> nearest(float[] query, int k) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR, query, k), k);
            List<Neighbour> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                // Lucene scores cosine as (1 + cos) / 2 so scores stay positive; undo that for callers.
                out.add(new Neighbour(doc.get(REFERENCE), doc.get(SHA256), 2.0 * hit.score - 1.0));
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    /** References searchable now. */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
