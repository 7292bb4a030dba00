package dev.genuine.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.evidence.ChainVerification;
import dev.genuine.evidence.ChainWalker;
import dev.genuine.evidence.EvidenceChain;
import dev.genuine.evidence.EvidenceEntry;
import dev.genuine.evidence.EvidenceLog;
import dev.genuine.evidence.EvidenceRecord;
import dev.genuine.json.CanonicalJson;
import dev.genuine.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The evidence chain in SQLite. Bodies are stored as canonical JSON, and the hash is computed over the body as
 * read back from that text, so verification recomputes exactly what was hashed.
 */
final class SqliteEvidenceLog implements EvidenceLog {
    static final int PAGE = 1000;
    private static final String COLUMNS = "seq, type, listing_id, recorded_at, body, prev_hash, hash";

    private final SqliteDatabase db;
    private final Clock clock;

    SqliteEvidenceLog(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<EvidenceRecord> append(List<EvidenceEntry> entries) {
        if (entries.isEmpty()) return List.of();
        return db.write(c -> {
            long seq;
            String prev;
            try (PreparedStatement p = c.prepareStatement("SELECT seq, hash FROM evidence_head WHERE id = 1");
                 ResultSet rs = p.executeQuery()) {
                seq = rs.next() ? rs.getLong(1) : 0;
                prev = seq == 0 ? EvidenceChain.GENESIS : rs.getString(2);
            }
            Instant now = clock.instant();
            List<EvidenceRecord> out = new ArrayList<>(entries.size());
            try (PreparedStatement p = c.prepareStatement("INSERT INTO evidence (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (EvidenceEntry e : entries) {
                    String bodyText = CanonicalJson.write(e.body());
                    String hash = EvidenceChain.hashOfCanonicalBody(prev, ++seq, e.type(), e.listingId(), now, bodyText);
                    EvidenceRecord r = new EvidenceRecord(seq, e.type(), e.listingId(), now, parse(bodyText), prev, hash);
                    p.setLong(1, r.seq());
                    p.setString(2, r.type());
                    p.setString(3, r.listingId());
                    p.setString(4, Sql.time(r.recordedAt()));
                    p.setString(5, bodyText);
                    p.setString(6, r.prevHash());
                    p.setString(7, r.hash());
                    p.addBatch();
                    out.add(r);
                    prev = r.hash();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO evidence_head (id, seq, hash) VALUES (1, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash""")) {
                p.setLong(1, seq);
                p.setString(2, prev);
                p.executeUpdate();
            }
            return out;
        });
    }

    @Override
    public Optional<EvidenceRecord> get(long seq) {
        return rows("SELECT " + COLUMNS + " FROM evidence WHERE seq = ?", p -> p.setLong(1, seq)).stream()
                .findFirst().map(Row::record);
    }

    @Override
    public List<EvidenceRecord> forListing(String listingId) {
        return rows("SELECT " + COLUMNS + " FROM evidence WHERE listing_id = ? ORDER BY seq", p -> p.setString(1, listingId))
                .stream().map(Row::record).toList();
    }

    @Override
    public void forEach(Consumer<EvidenceRecord> consumer) {
        walk(row -> {
            consumer.accept(row.record());
            return true;
        });
    }

    @Override
    public ChainVerification verify() {
        ChainWalker walker = new ChainWalker();
        walk(row -> {
            EvidenceRecord r;
            try {
                r = row.record();
            } catch (StoreException | DateTimeParseException e) {
                return walker.unreadable(row.seq, e.getMessage());
            }
            return walker.accept(r);
        });
        List<Object[]> head = db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT seq, hash FROM evidence_head WHERE id = 1");
                 ResultSet rs = p.executeQuery()) {
                return rs.next() ? List.<Object[]>of(new Object[] {rs.getLong(1), rs.getString(2)}) : List.<Object[]>of();
            }
        });
        if (head.isEmpty()) walker.expectHead(0, EvidenceChain.GENESIS);
        else walker.expectHead((Long) head.get(0)[0], (String) head.get(0)[1]);
        return walker.result();
    }

    /** Pages through the whole chain by seq, each page read in full before it is visited; stops on false. */
    private void walk(Predicate<Row> visitor) {
        long after = 0;
        while (true) {
            long from = after;
            List<Row> page = rows("SELECT " + COLUMNS + " FROM evidence WHERE seq > ? ORDER BY seq LIMIT " + PAGE, p -> p.setLong(1, from));
            for (Row row : page) {
                if (!visitor.test(row)) return;
            }
            if (page.size() < PAGE) return;
            after = page.get(page.size() - 1).seq;
        }
    }

    private interface Binder {
        void bind(PreparedStatement p) throws SQLException;
    }

    private List<Row> rows(String sql, Binder binder) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                binder.bind(p);
                List<Row> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    private static JsonNode parse(String json) {
        try {
            return StoreJson.tree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("evidence body is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** An evidence row as stored, before its text is parsed (which can fail if someone edited it). */
    private record Row(long seq, String type, String listingId, String recordedAt, String body, String prevHash, String hash) {
        EvidenceRecord record() {
            if (recordedAt == null) throw new StoreException("recordedAt is missing");
            if (body == null) throw new StoreException("body is missing");
            return new EvidenceRecord(seq, type, listingId, Instant.parse(recordedAt), parse(body), prevHash, hash);
        }
    }
}
