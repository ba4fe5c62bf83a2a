-- The user's verdict on the automatic grade of a review: 'right' ("I was right", scored too low) or 'wrong'
-- ("I was wrong", scored too high); NULL when they gave none. It lives on the review row, so undoing the review
-- drops it in the same statement. Only a graded review (with a score) can carry one.
ALTER TABLE reviews ADD COLUMN grade_override TEXT
    CHECK (grade_override IS NULL OR (grade_override IN ('right', 'wrong') AND score IS NOT NULL));

-- viva grade --disagreements counts overrides per card; this keeps that to the few overridden rows.
CREATE INDEX ix_reviews_override ON reviews(user_id, card_id) WHERE grade_override IS NOT NULL
