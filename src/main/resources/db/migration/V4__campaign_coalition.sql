-- Who sends a campaign's letters, as exported PDFs name their author. NULL when the campaign does
-- not say (the application reads it as empty text and never guesses it from the signatories).
ALTER TABLE campaign ADD COLUMN coalition TEXT;
