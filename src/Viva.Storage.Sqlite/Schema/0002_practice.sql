-- One row per distinct question (a cluster of duplicates), rebuilt after every import: what the queue orders new cards by.
CREATE TABLE clusters (
    id          TEXT    PRIMARY KEY,
    head        TEXT    NOT NULL,   -- the question shown: the curated one, else the first imported
    topic       TEXT    NOT NULL,   -- the curated area, else the head's first topic, else its document
    level_rank  INTEGER NOT NULL,   -- 0 basic, 1 intermediate, 2 advanced, 3 unknown
    documents   INTEGER NOT NULL,   -- how many imported documents ask it
    shuffle     INTEGER NOT NULL    -- stable pseudo-random tie-break, so topics interleave
);

CREATE INDEX ix_clusters_order ON clusters(documents DESC, level_rank, shuffle);

-- Each user's schedule for each card. Times are Unix milliseconds (UTC).
CREATE TABLE cards (
    user_id         TEXT    NOT NULL,
    card_id         TEXT    NOT NULL,
    phase           INTEGER NOT NULL,
    step            INTEGER NOT NULL,
    stability       REAL,
    difficulty      REAL,
    due             INTEGER,
    last_review     INTEGER,
    reps            INTEGER NOT NULL,
    lapses          INTEGER NOT NULL,
    scheduled_days  INTEGER NOT NULL,
    PRIMARY KEY (user_id, card_id)
) WITHOUT ROWID;

CREATE INDEX ix_cards_due ON cards(user_id, due);

-- Every review ever made: the card's schedule before and after, and what the user typed.
CREATE TABLE reviews (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id         TEXT    NOT NULL,
    card_id         TEXT    NOT NULL,
    reviewed_at     INTEGER NOT NULL,
    rating          INTEGER NOT NULL,
    elapsed_days    INTEGER NOT NULL,
    before_json     TEXT    NOT NULL,
    after_json      TEXT    NOT NULL,
    phase_before    INTEGER NOT NULL,
    interval_before INTEGER NOT NULL,
    answer          TEXT,
    score           REAL,
    duration_ms     INTEGER NOT NULL
);

CREATE INDEX ix_reviews_user_time ON reviews(user_id, reviewed_at);
CREATE INDEX ix_reviews_card ON reviews(user_id, card_id, reviewed_at);
