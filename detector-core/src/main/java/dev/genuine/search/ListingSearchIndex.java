package dev.genuine.search;

import dev.genuine.domain.Listing;
import dev.genuine.text.TextNormalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The listings' full-text index in the home folder: every listing's title, description and reviews, normalized the
 * way marks are matched (lookalike letters, hidden characters, accents folded), so a moderator searching "aurelia"
 * also finds "Аurelia" written with a Cyrillic A. A listing seen again replaces its document.
 */
public final class ListingSearchIndex implements Closeable {
    public static final String FOLDER = "listing-index";
    private static final String ID = "id", MERCHANT = "merchantId", TITLE = "title", TEXT = "text";

    private final FSDirectory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final TextNormalizer normalizer = new TextNormalizer();

    private ListingSearchIndex(Path folder) throws IOException {
        directory = FSDirectory.open(folder);
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        searchers = new SearcherManager(writer, null);
    }

    /** Opens (or creates) the index in {@code home/listing-index}. */
    public static ListingSearchIndex open(Path home) {
        try {
            return new ListingSearchIndex(home.resolve(FOLDER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the listing index in " + home.resolve(FOLDER), e);
        }
    }

    /** Adds or replaces the listings' documents and makes them searchable. */
    public void index(List<Listing> listings) {
        try {
            for (Listing l : listings) writer.updateDocument(new Term(ID, l.id()), document(l));
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the listing index", e);
        }
    }

    /** A search hit: the listing, its merchant and title, and Lucene's relevance score. */
    public record Hit(String listingId, String merchantId, String title, float score) {}

    /** Listings containing every word of the query (normalized like the text), best first. */
    public List<Hit> search(String query, String merchantId, int limit) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        List<String> words = words(query);
        if (words.isEmpty()) return List.of();
        words.forEach(w -> q.add(new TermQuery(new Term(TEXT, w)), BooleanClause.Occur.MUST));
        if (merchantId != null) q.add(new TermQuery(new Term(MERCHANT, merchantId)), BooleanClause.Occur.FILTER);
        try {
            IndexSearcher s = searchers.acquire();
            try {
                StoredFields stored = s.storedFields();
                List<Hit> hits = new ArrayList<>();
                for (ScoreDoc d : s.search(q.build(), Math.max(1, limit)).scoreDocs) {
                    Document doc = stored.document(d.doc);
                    hits.add(new Hit(doc.get(ID), doc.get(MERCHANT), doc.get(TITLE), d.score));
                }
                return hits;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the listing index", e);
        }
    }

    public int size() {
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            return r.numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the listing index", e);
        }
    }

    private Document document(Listing l) {
        Document doc = new Document();
        doc.add(new StringField(ID, l.id(), Field.Store.YES));
        doc.add(new StringField(MERCHANT, l.merchantId(), Field.Store.YES));
        doc.add(new StoredField(TITLE, l.title()));
        String all = String.join("\n", l.title(), l.description(), String.join("\n", l.reviews()));
        doc.add(new TextField(TEXT, normalizer.normalize(all).text(), Field.Store.NO));
        return doc;
    }

    private List<String> words(String query) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, normalizer.normalize(query).text())) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the listing index", e);
        }
    }
}
