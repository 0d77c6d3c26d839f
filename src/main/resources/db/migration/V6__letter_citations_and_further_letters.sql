-- How a letter cites (campaign.yaml letter.citations, citation_style, bibliography); existing
-- letters keep the defaults they rendered with.
ALTER TABLE letter_draft ADD COLUMN citations TEXT NOT NULL DEFAULT 'footnotes';
ALTER TABLE letter_draft ADD COLUMN citation_style TEXT NOT NULL DEFAULT 'chicago-notes';
ALTER TABLE letter_draft ADD COLUMN bibliography INTEGER NOT NULL DEFAULT 0;

-- A campaign's further letters (campaign.yaml letters:), beside its main letter. They have no
-- version history of their own: a bundle import replaces them with the campaign.
CREATE TABLE further_letter (
    campaign_id       TEXT    NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    name              TEXT    NOT NULL,
    seq               INTEGER NOT NULL,
    subject           TEXT    NOT NULL,
    letter_date       TEXT    NOT NULL,
    body              TEXT    NOT NULL,
    template_name     TEXT    NOT NULL,
    signatories_as_of TEXT    NOT NULL,
    citations         TEXT    NOT NULL,
    citation_style    TEXT    NOT NULL,
    bibliography      INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, name)
);
