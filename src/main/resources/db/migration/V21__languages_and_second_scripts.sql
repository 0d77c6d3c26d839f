-- Languages (issue 13). Each letter may be in a language of its own (empty: the campaign's), and a
-- further letter may be the translation of another letter of the campaign (empty: none). A campaign
-- keeps staff notes that are never printed.
ALTER TABLE campaign ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE letter_draft ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE further_letter ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE further_letter ADD COLUMN translation_of TEXT NOT NULL DEFAULT '';

-- Layout words a campaign or a letter sets over its language's own (templates/words/<language>.properties).
-- A campaign's words are per language (letter_name ''); a letter's are its own (language '').
-- word is LetterWord's key ("closing"); text may be empty, which prints nothing.
CREATE TABLE layout_word (
    campaign_id TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    letter_name TEXT NOT NULL,
    language    TEXT NOT NULL,
    word        TEXT NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (campaign_id, letter_name, language, word)
);

-- The printed fields in their second script (Hangul beside romanised, or the reverse); empty when
-- there is none. A second address keeps its lines joined by line breaks: it is printed whole or not at all.
ALTER TABLE recipient ADD COLUMN alt_form_of_address TEXT NOT NULL DEFAULT '';
ALTER TABLE recipient ADD COLUMN alt_name TEXT NOT NULL DEFAULT '';
ALTER TABLE recipient ADD COLUMN alt_title TEXT NOT NULL DEFAULT '';
ALTER TABLE recipient ADD COLUMN alt_office TEXT NOT NULL DEFAULT '';
ALTER TABLE recipient ADD COLUMN alt_address TEXT NOT NULL DEFAULT '';
ALTER TABLE signatory ADD COLUMN alt_name TEXT NOT NULL DEFAULT '';
ALTER TABLE signatory ADD COLUMN alt_acronym TEXT NOT NULL DEFAULT '';
ALTER TABLE signatory ADD COLUMN alt_title TEXT NOT NULL DEFAULT '';
