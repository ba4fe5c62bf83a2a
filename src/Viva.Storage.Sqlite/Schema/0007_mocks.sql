-- Version 7 (version 6 is left to another feature). Mock interviews, kept apart from the review log on purpose: a mock
-- answer is not a spaced-repetition review, so it never changes a card's schedule or the reviews FSRS is fitted to.
CREATE TABLE mocks (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     TEXT    NOT NULL,
    started_at  INTEGER NOT NULL,   -- Unix milliseconds (UTC)
    finished_at INTEGER,            -- null while running, or when the mock was interrupted
    track       TEXT    NOT NULL,   -- the track's title
    level       TEXT,               -- basic, intermediate, advanced; null for any
    seed        INTEGER NOT NULL,
    questions   INTEGER NOT NULL,   -- questions planned
    minutes     INTEGER NOT NULL
);

CREATE INDEX ix_mocks_user ON mocks(user_id, id);

-- One row per question asked, written as soon as it is graded, so an interrupted mock keeps what was answered.
CREATE TABLE mock_answers (
    mock_id      INTEGER NOT NULL REFERENCES mocks(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    card_id      TEXT    NOT NULL,
    area         TEXT    NOT NULL,
    question     TEXT    NOT NULL,   -- as asked, so the report survives edits to the bank
    follow_up_of INTEGER,
    answer       TEXT    NOT NULL,   -- empty when skipped
    score        REAL,               -- 0-5; null when skipped or not graded
    covered_json TEXT    NOT NULL,   -- JSON array of key points
    missed_json  TEXT    NOT NULL,
    reference    TEXT,               -- the reference answer (Markdown) at the time
    duration_ms  INTEGER NOT NULL,
    PRIMARY KEY (mock_id, position)
) WITHOUT ROWID
