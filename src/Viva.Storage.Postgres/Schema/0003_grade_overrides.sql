-- The user's verdict on the automatic grade of a review: 'right' (scored too low) or 'wrong' (scored too high); NULL
-- when they gave none. It lives on the review row, so undoing the review drops it. Only a graded review can carry one.
ALTER TABLE reviews ADD COLUMN grade_override text
    CHECK (grade_override IS NULL OR (grade_override IN ('right', 'wrong') AND score IS NOT NULL));

CREATE INDEX ix_reviews_override ON reviews(user_id, card_id) WHERE grade_override IS NOT NULL;
