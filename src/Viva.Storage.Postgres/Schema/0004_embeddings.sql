-- Question embeddings, one row per model and text: the key is the first 16 bytes of the SHA-256 of the UTF-8 text,
-- the vector little-endian float32 (the same bytes as in the SQLite bank).
CREATE TABLE embeddings (
    model     text  NOT NULL,
    text_hash bytea NOT NULL CHECK (length(text_hash) = 16),
    vector    bytea NOT NULL,
    PRIMARY KEY (model, text_hash)
);
