-- Which text each signatory approved when signing on (the fingerprint of subject and body), so a
-- later change of wording shows who signed an earlier text. No row means "approval unknown".
CREATE TABLE signatory_approval (
    campaign_id   TEXT   NOT NULL,
    signatory_id  TEXT   NOT NULL,
    text_sha256   TEXT   NOT NULL,
    recorded_by   TEXT   NOT NULL,
    recorded_at   TEXT   NOT NULL,
    PRIMARY KEY (campaign_id, signatory_id),
    FOREIGN KEY (campaign_id, signatory_id) REFERENCES signatory (campaign_id, id) ON DELETE CASCADE
);
