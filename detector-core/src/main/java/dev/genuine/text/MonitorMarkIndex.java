package dev.genuine.text;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Mark;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.QueryDecomposer;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Finds word marks in listings with a Lucene Monitor: each word mark is a stored query (a disjunction of exact
 * terms over its forms' keys, collapsed keys and one-deletion variants). A batch of listings is presearched in
 * one pass, as one document holding the batch's distinct terms, and every candidate is then verified exactly in
 * the listings that hold one of its terms. Thread-safe. Always close it (try-with-resources): the Monitor runs a
 * non-daemon cache-purge thread that keeps the JVM alive until then.
 */
public final class MonitorMarkIndex implements MarkMatcher {
    /** Listings presearched together; larger batches only grow the in-memory batch index. */
    private static final int CHUNK = 512;
    /** Stored queries written before each commit of the query index while building. */
    private static final int REGISTER_BUFFER = 20_000;
    /**
     * Keeps each mark's disjunction whole: the default decomposer would store every clause as its own query,
     * multiplying the stored queries (and the candidates to run) by the number of deletion variants.
     */
    private static final QueryDecomposer WHOLE_QUERIES = new QueryDecomposer() {
        @Override
        public Set<Query> decompose(Query q) {
            return Set.of(q);
        }
    };

    private final MarkForms forms;
    private final QueryTermFilter filter;
    private final ListingReader reader;
    private final MatchVerifier verifier = new MatchVerifier();
    private final Monitor monitor;
    private final AtomicLong presearches = new AtomicLong();

    private MonitorMarkIndex(MarkForms forms, ListingReader reader, Monitor monitor) {
        this.forms = forms;
        this.filter = new QueryTermFilter(forms.all());
        this.reader = reader;
        this.monitor = monitor;
    }

    /** Indexes every word mark's text and aliases, with the bundled dictionary of ordinary words. */
    public static MonitorMarkIndex build(Collection<Mark> marks) {
        return build(marks, CommonWords.bundled());
    }

    /** Indexes every word mark's text and aliases; {@code commonWords} decides common-word marks and typo guards. */
    public static MonitorMarkIndex build(Collection<Mark> marks, CommonWords commonWords) {
        TextNormalizer normalizer = new TextNormalizer();
        MarkForms forms = MarkForms.of(marks, normalizer, new Tokenizer(commonWords), commonWords);
        try {
            // The stored queries never change, so the Monitor's cache purge (its own thread) rarely needs to run.
            Monitor monitor = new Monitor(new WhitespaceAnalyzer(), new MonitorConfiguration()
                    .setQueryDecomposer(WHOLE_QUERIES).setQueryUpdateBufferSize(REGISTER_BUFFER)
                    .setPurgeFrequency(1, TimeUnit.HOURS));
            try {
                List<MonitorQuery> queries = new ArrayList<>(forms.byMark().size());
                for (int i = 0; i < forms.byMark().size(); i++) {
                    queries.add(new MonitorQuery(Integer.toString(i), query(forms.ofMark(i))));
                }
                monitor.register(queries);
            } catch (IOException | RuntimeException e) {
                monitor.close();
                throw e;
            }
            return new MonitorMarkIndex(forms, new ListingReader(normalizer, commonWords, forms), monitor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the mark index", e);
        }
    }

    /**
     * One mark's stored query: for each of its forms, the exact key, the collapsed key, and for typo-tolerant
     * forms the key and its deletions against listing deletions; plain term queries, so the presearch is exact.
     */
    static Query query(List<MarkForm> forms) {
        Set<String> terms = new LinkedHashSet<>();
        for (MarkForm form : forms) terms.addAll(BatchTerms.termsOf(form));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) b.add(new TermQuery(new Term(BatchTerms.FIELD, t)), BooleanClause.Occur.SHOULD);
        return b.build();
    }

    @Override
    public List<List<MarkMatch>> match(List<Listing> batch) {
        List<List<MarkMatch>> out = new ArrayList<>(batch.size());
        for (int from = 0; from < batch.size(); from += CHUNK) {
            out.addAll(matchChunk(batch.subList(from, Math.min(batch.size(), from + CHUNK))));
        }
        return out;
    }

    /**
     * Presearches the chunk's merged terms once, sends each candidate form back to the listings holding one of
     * its terms, and verifies it there.
     */
    private List<List<MarkMatch>> matchChunk(List<Listing> chunk) {
        List<List<FieldTerms>> read = new ArrayList<>(chunk.size());
        BatchTerms terms = new BatchTerms(filter);
        for (int i = 0; i < chunk.size(); i++) {
            read.add(reader.read(chunk.get(i)));
            terms.add(i, read.get(i));
        }
        MatchingQueries<QueryMatch> hits;
        try {
            presearches.incrementAndGet();
            hits = monitor.match(terms.document(), QueryMatch.SIMPLE_MATCHER);
        } catch (IOException e) {
            throw new UncheckedIOException("mark presearch failed", e);
        }
        List<List<MarkForm>> candidates = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) candidates.add(new ArrayList<>());
        for (QueryMatch hit : hits.getMatches()) {
            for (MarkForm form : forms.ofMark(Integer.parseInt(hit.getQueryId()))) {
                BitSet holders = terms.listingsFor(form);
                for (int i = holders.nextSetBit(0); i >= 0; i = holders.nextSetBit(i + 1)) candidates.get(i).add(form);
            }
        }
        List<List<MarkMatch>> out = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            out.add(candidates.get(i).isEmpty() ? List.of()
                    : MatchSelection.select(verifier.verify(read.get(i), candidates.get(i))));
        }
        return out;
    }

    /** Monitor presearches run so far: one per chunk of up to 512 listings, whatever the number of marks. */
    public long presearches() {
        return presearches.get();
    }

    /** Number of stored queries (one per word mark). */
    public int size() {
        return forms.byMark().size();
    }

    @Override
    public void close() {
        try {
            monitor.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the mark index", e);
        }
    }
}
