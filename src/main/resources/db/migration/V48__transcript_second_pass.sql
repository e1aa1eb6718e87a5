-- What a free-form second recognition pass heard on a caller's turn the grammar pass left unsure (issue 11);
-- null when no second pass ran.
ALTER TABLE call_transcript ADD COLUMN second_pass VARCHAR(4000);
