-- The image files a campaign's signatories name (signature or logo), with their bytes, so that a
-- letter rendered from the workspace prints them and an exported bundle carries them. Keyed by the
-- path signatory.signature_image names (images/hrw.png). BYTEA: PostgreSQL's byte string; SQLite
-- keeps the bytes as a BLOB under any type name.
-- V30: numbers below it are left to migrations written alongside; Flyway runs them out of order.
CREATE TABLE campaign_image (
    campaign_id TEXT   NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    path        TEXT   NOT NULL,
    content     BYTEA  NOT NULL,
    updated_by  TEXT   NOT NULL,
    updated_at  TEXT   NOT NULL,
    PRIMARY KEY (campaign_id, path)
);

-- Who was printed in each saved or exported version of the letter: such a signatory is withdrawn,
-- never deleted, so that the version can still be told apart from the list as it stands. No foreign
-- key to signatory: a merge may remove the row, and the record of what was printed stays.
CREATE TABLE printed_signatory (
    campaign_id    TEXT    NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    version_number INTEGER NOT NULL,
    signatory_id   TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, version_number, signatory_id)
);

-- Versions saved before this table existed: whoever the list holds now and had signed by the
-- version's day may have been printed in it. Withdrawals are not subtracted, since one may have been
-- recorded after the version was saved; the guess errs on keeping a record, never on losing one.
INSERT INTO printed_signatory (campaign_id, version_number, signatory_id)
SELECT v.campaign_id, v.number, s.id
FROM draft_version v JOIN signatory s ON s.campaign_id = v.campaign_id
WHERE s.signed_on IS NULL OR s.signed_on <= v.signatories_as_of;
