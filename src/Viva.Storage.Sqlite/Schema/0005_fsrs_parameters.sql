-- Version 5 (version 4 holds the stored question embeddings).
-- Every fit of a user's FSRS weights, newest last. The scheduler uses the newest applied row, so a fit that did not
-- beat the weights in use is still kept (and can be compared) without changing anything.
CREATE TABLE fsrs_parameters (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id                 TEXT    NOT NULL,
    fitted_at               INTEGER NOT NULL,   -- Unix milliseconds (UTC)
    weights                 TEXT    NOT NULL,   -- w0..w20, comma-separated, invariant culture
    reviews                 INTEGER NOT NULL,   -- reviews in the log the weights were fitted to
    applied                 INTEGER NOT NULL CHECK (applied IN (0, 1)),
    held_out                INTEGER NOT NULL,   -- later reviews the figures below were measured on
    log_loss_before         REAL    NOT NULL,
    rmse_bins_before        REAL    NOT NULL,
    log_loss_after          REAL    NOT NULL,
    rmse_bins_after         REAL    NOT NULL,
    recommended_retention   REAL
);

CREATE INDEX ix_fsrs_parameters_user ON fsrs_parameters(user_id, applied, id)
