-- How much of an answer each question has: 'full', 'stub' or 'none'. "Answered" counts only full answers.
ALTER TABLE questions ADD COLUMN answer_quality text CHECK (answer_quality IN ('full', 'stub', 'none'));
