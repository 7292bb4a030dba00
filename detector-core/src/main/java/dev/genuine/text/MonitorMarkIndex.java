package dev.genuine.text;

import dev.genuine.domain.Listing;
import dev.genuine.domain.Mark;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds word marks in listings with a Lucene Monitor: each mark form is a stored query (a disjunction of exact
 * terms over its key, its collapsed key and its one-deletion variants), a batch of listings is presearched in
 * one pass, and every candidate is then verified exactly. Thread-safe; close it to free the Monitor.
 */
public final class MonitorMarkIndex implements MarkMatcher {
    /** Listings presearched together; larger batches only grow the in-memory batch index. */
    private static final int CHUNK = 256;

    private final MarkForms forms;
    private final ListingReader reader;
    private final MatchVerifier verifier = new MatchVerifier();
    private final Monitor monitor;

    private MonitorMarkIndex(MarkForms forms, ListingReader reader, Monitor monitor) {
        this.forms = forms;
        this.reader = reader;
        this.monitor = monitor;
    }

    /** Indexes every word mark's text and aliases, with the bundled dictionary of ordinary words. */
    public static MonitorMarkIndex build(Collection<Mark> marks) {
        return build(marks, CommonWords.bundled());
    }

    public static MonitorMarkIndex build(Collection<Mark> marks, CommonWords commonWords) {
        TextNormalizer normalizer = new TextNormalizer();
        MarkForms forms = MarkForms.of(marks, normalizer, new Tokenizer(commonWords), commonWords);
        try {
            Monitor monitor = new Monitor(new WhitespaceAnalyzer());
            try {
                List<MonitorQuery> queries = new ArrayList<>(forms.all().size());
                for (MarkForm form : forms.all()) queries.add(new MonitorQuery(Integer.toString(form.index()), query(form)));
                monitor.register(queries);
            } catch (IOException | RuntimeException e) {
                monitor.close();
                throw e;
            }
            return new MonitorMarkIndex(forms, new ListingReader(normalizer, commonWords, forms.maxKeyLength()), monitor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the mark index", e);
        }
    }

    /** Exact key, collapsed key, and for typo-tolerant marks the key and its deletions against listing deletions. */
    static Query query(MarkForm form) {
        Set<Query> clauses = new LinkedHashSet<>();
        clauses.add(new TermQuery(new Term(ListingReader.EXACT, form.key())));
        clauses.add(new TermQuery(new Term(ListingReader.REPEATS, form.collapsed())));
        if (form.allowsTypo()) {
            clauses.add(new TermQuery(new Term(ListingReader.DELETIONS, form.key())));
            for (String d : Typos.deletions(form.key())) clauses.add(new TermQuery(new Term(ListingReader.DELETIONS, d)));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        clauses.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
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

    private List<List<MarkMatch>> matchChunk(List<Listing> chunk) {
        List<List<FieldTerms>> read = new ArrayList<>(chunk.size());
        Document[] docs = new Document[chunk.size()];
        for (int i = 0; i < chunk.size(); i++) {
            read.add(reader.read(chunk.get(i)));
            docs[i] = reader.document(read.get(i));
        }
        MultiMatchingQueries<QueryMatch> matches;
        try {
            matches = monitor.match(docs, QueryMatch.SIMPLE_MATCHER);
        } catch (IOException e) {
            throw new UncheckedIOException("mark presearch failed", e);
        }
        List<List<MarkMatch>> out = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            Collection<QueryMatch> hits = matches.getMatches(i);
            if (hits.isEmpty()) {
                out.add(List.of());
                continue;
            }
            List<MarkForm> candidates = new ArrayList<>(hits.size());
            for (QueryMatch hit : hits) candidates.add(forms.get(Integer.parseInt(hit.getQueryId())));
            out.add(MatchSelection.select(verifier.verify(read.get(i), candidates)));
        }
        return out;
    }

    /** Number of stored queries (one per word mark form). */
    public int size() {
        return forms.all().size();
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
