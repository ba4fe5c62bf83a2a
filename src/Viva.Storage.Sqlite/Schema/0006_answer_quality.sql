-- Version 6 (version 5 holds the FSRS fits).
-- How much of an answer each question has: 'full', 'stub' (only links, a skeleton of headings or bullets, a TODO)
-- or 'none'. "Answered" counts only full answers. Rows written before this version are classified by the store
-- right after the upgrade, since the rules live in the importer.
ALTER TABLE questions ADD COLUMN answer_quality TEXT CHECK (answer_quality IN ('full', 'stub', 'none'));
UPDATE questions SET answer_quality = 'none' WHERE answer IS NULL
