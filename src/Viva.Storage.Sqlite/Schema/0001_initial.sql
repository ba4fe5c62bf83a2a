-- Questions of every imported document and of the curated bank. Retired questions stay for history.
CREATE TABLE questions (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT    NOT NULL UNIQUE,
    source       TEXT    NOT NULL,
    line         INTEGER NOT NULL,
    ordinal      INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    answer       TEXT,
    topic        TEXT    NOT NULL,
    level        TEXT,
    code         TEXT    NOT NULL,
    curated      TEXT,
    fingerprint  TEXT    NOT NULL,
    cluster      TEXT    NOT NULL,
    retired      INTEGER NOT NULL DEFAULT 0,
    added_at     TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);

CREATE INDEX ix_questions_source ON questions(source, ordinal);
CREATE INDEX ix_questions_cluster ON questions(cluster);

CREATE VIRTUAL TABLE questions_fts USING fts5(
    text, answer, content='questions', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2');

CREATE TRIGGER questions_ai AFTER INSERT ON questions BEGIN
    INSERT INTO questions_fts(rowid, text, answer) VALUES (new.seq, new.text, coalesce(new.answer, ''));
END;

CREATE TRIGGER questions_ad AFTER DELETE ON questions BEGIN
    INSERT INTO questions_fts(questions_fts, rowid, text, answer) VALUES ('delete', old.seq, old.text, coalesce(old.answer, ''));
END;

CREATE TRIGGER questions_au AFTER UPDATE OF text, answer ON questions BEGIN
    INSERT INTO questions_fts(questions_fts, rowid, text, answer) VALUES ('delete', old.seq, old.text, coalesce(old.answer, ''));
    INSERT INTO questions_fts(rowid, text, answer) VALUES (new.seq, new.text, coalesce(new.answer, ''));
END;

CREATE TABLE documents (
    source        TEXT PRIMARY KEY,
    content_hash  TEXT NOT NULL,
    imported_at   TEXT NOT NULL
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
