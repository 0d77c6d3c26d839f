-- Whom a letter is addressed to (campaign.yaml letter.addressing): one letter to the first TO
-- recipient, as every letter was before, or one to each TO recipient.
ALTER TABLE letter_draft ADD COLUMN addressing TEXT NOT NULL DEFAULT 'one-letter';
ALTER TABLE further_letter ADD COLUMN addressing TEXT NOT NULL DEFAULT 'one-letter';
