-- Question embeddings, one row per model and text: the key is the first 16 bytes of the SHA-256 of the UTF-8
-- text, the vector little-endian float32. Keyed by text, not question id, so a reworded question gets a new
-- vector and an unchanged one keeps its vector across imports; rows of a model no longer used can be dropped.
CREATE TABLE embeddings (
    model     TEXT NOT NULL,
    text_hash BLOB NOT NULL CHECK (length(text_hash) = 16),
    vector    BLOB NOT NULL,
    PRIMARY KEY (model, text_hash)
) WITHOUT ROWID
