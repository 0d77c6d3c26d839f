-- Text of a source that stands outside its numbered paragraphs (a note verbale's covering text),
-- kept so quotes from it can still be checked. In document order.
CREATE TABLE source_unnumbered (
    campaign_id TEXT    NOT NULL,
    source_id   TEXT    NOT NULL,
    seq         INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, source_id, seq),
    FOREIGN KEY (campaign_id, source_id) REFERENCES source (campaign_id, id) ON DELETE CASCADE
);
