-- genuine's first schema. Records are stored as JSON next to the columns queries need.

CREATE TABLE listings (
    id           TEXT PRIMARY KEY,
    merchant_id  TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    pending      INTEGER NOT NULL,
    body         TEXT NOT NULL
);
-- Only pending listings are indexed: a scan pages through them by id.
CREATE INDEX listings_pending ON listings (id) WHERE pending = 1;

CREATE TABLE registry_versions (
    version         INTEGER PRIMARY KEY,
    created_at      TEXT NOT NULL,
    changed_holders TEXT NOT NULL
);
-- One row per (version, rights holder): unchanged holders are carried into each new version.
CREATE TABLE registry_entries (
    version   INTEGER NOT NULL REFERENCES registry_versions (version),
    holder_id TEXT NOT NULL,
    entry     TEXT NOT NULL,
    PRIMARY KEY (version, holder_id)
);

CREATE TABLE decisions (
    id         INTEGER PRIMARY KEY,
    listing_id TEXT NOT NULL,
    kind       TEXT NOT NULL,
    score      REAL NOT NULL,
    decided_at TEXT,
    body       TEXT NOT NULL
);
CREATE INDEX decisions_listing ON decisions (listing_id, id);
CREATE TABLE latest_decisions (
    listing_id  TEXT PRIMARY KEY,
    decision_id INTEGER NOT NULL REFERENCES decisions (id)
);

CREATE TABLE evidence (
    seq         INTEGER PRIMARY KEY,
    type        TEXT NOT NULL,
    listing_id  TEXT,
    recorded_at TEXT NOT NULL,
    body        TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX evidence_listing ON evidence (listing_id, seq);
-- The chain's newest record, kept apart so that deleting the newest records is detected too.
CREATE TABLE evidence_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
-- Append-only in the database as well; the hash chain still catches anyone who drops these triggers.
CREATE TRIGGER evidence_no_update BEFORE UPDATE ON evidence
BEGIN
    SELECT RAISE(ABORT, 'evidence is append-only');
END;
CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence
BEGIN
    SELECT RAISE(ABORT, 'evidence is append-only');
END;

CREATE TABLE review_items (
    id               INTEGER PRIMARY KEY,
    listing_id       TEXT NOT NULL,
    evidence_seq     INTEGER NOT NULL,
    score            REAL NOT NULL,
    rights_holder_id TEXT,
    status           TEXT NOT NULL CHECK (status IN ('open', 'claimed', 'resolved', 'withdrawn')),
    claimed_by       TEXT,
    verdict          TEXT CHECK (verdict IN ('takedown', 'allow')),
    note             TEXT,
    created_at       TEXT NOT NULL,
    resolved_at      TEXT
);
-- At most one item per listing is waiting for a moderator.
CREATE UNIQUE INDEX review_items_active ON review_items (listing_id) WHERE status IN ('open', 'claimed');
CREATE INDEX review_items_open ON review_items (score DESC, id) WHERE status = 'open';

CREATE TABLE appeals (
    id          INTEGER PRIMARY KEY,
    listing_id  TEXT NOT NULL,
    merchant_id TEXT NOT NULL,
    statement   TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('open', 'upheld', 'rejected')),
    decided_by  TEXT,
    resolution  TEXT,
    filed_at    TEXT NOT NULL,
    decided_at  TEXT
);
CREATE UNIQUE INDEX appeals_open ON appeals (listing_id) WHERE status = 'open';

CREATE TABLE strikes (
    id           INTEGER PRIMARY KEY,
    merchant_id  TEXT NOT NULL,
    listing_id   TEXT NOT NULL,
    reason       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    withdrawn_at TEXT
);
-- A listing earns its merchant at most one standing strike, however often it is taken down again.
CREATE UNIQUE INDEX strikes_active ON strikes (merchant_id, listing_id) WHERE withdrawn_at IS NULL;
CREATE INDEX strikes_merchant ON strikes (merchant_id, id);

CREATE TABLE suspensions (
    merchant_id TEXT PRIMARY KEY,
    suspended   INTEGER NOT NULL,
    reason      TEXT,
    changed_at  TEXT NOT NULL
);

CREATE TABLE scans (
    id               INTEGER PRIMARY KEY,
    registry_version INTEGER NOT NULL,
    scorer           TEXT NOT NULL,
    listings_scanned INTEGER NOT NULL,
    completed_at     TEXT NOT NULL
);
