-- Version 8. Accounts for server mode. A local installation has no rows here and keeps acting as the single local
-- user; times are Unix milliseconds (UTC) as elsewhere.
CREATE TABLE users (
    id              TEXT    PRIMARY KEY,               -- what cards, reviews, mocks and documents are keyed by
    name            TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    password_hash   TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('admin', 'learner')),
    disabled        INTEGER NOT NULL DEFAULT 0,
    failed_logins   INTEGER NOT NULL DEFAULT 0,        -- consecutive failures since the last success
    locked_until    INTEGER,                           -- no login before this time
    created_at      INTEGER NOT NULL
);

-- Sign-up invitations: only the SHA-256 of the token is kept, so the database alone cannot be used to sign up.
CREATE TABLE invites (
    token_hash  TEXT    PRIMARY KEY,
    role        TEXT    NOT NULL CHECK (role IN ('admin', 'learner')),
    created_by  TEXT    NOT NULL REFERENCES users(id),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_by     TEXT    REFERENCES users(id)
);

-- Personal access tokens for the API, hashed at rest (SHA-256 of the token).
CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     TEXT    NOT NULL REFERENCES users(id),
    name        TEXT    NOT NULL,
    token_hash  TEXT    NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL,
    last_used   INTEGER
);

CREATE INDEX ix_api_tokens_user ON api_tokens(user_id);

-- Who imported a document: null for the shared ones (the local user's, imported before accounts existed); an owned
-- document's questions are seen by its owner alone. The curated bank is always shared.
ALTER TABLE documents ADD COLUMN owner TEXT;
