-- The record of what was sent to whom: one row per sending (or attempt, or plan) of a letter to a
-- recipient. A retry is a new row; rows change only when their status does (a confirmation of
-- receipt, a failure reported later), under the usual version check.
--
-- letter_version is the number of the letter's version in draft_version when it was sent; no
-- foreign key, because a bundle carries deliveries but not the draft history, and the SHA-256 of
-- the PDF is what matches a sending to a file for good. at (the time sent) is NULL only while
-- planned. The recipient cannot be deleted while it has deliveries (the record must stay): the
-- foreign key has no ON DELETE action, and deleting the campaign removes both together.
-- V20: numbers below it are left to migrations written alongside; Flyway runs them out of order.
CREATE TABLE delivery (
    campaign_id    TEXT    NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    id             TEXT    NOT NULL,
    recipient_id   TEXT    NOT NULL,
    letter_name    TEXT    NOT NULL,
    letter_version INTEGER,
    channel        TEXT    NOT NULL,
    status         TEXT    NOT NULL,
    sent_at        TEXT,
    sent_by        TEXT    NOT NULL,
    address        TEXT    NOT NULL,
    reference      TEXT    NOT NULL,
    note           TEXT    NOT NULL,
    pdf_sha256     TEXT    NOT NULL,
    seq            INTEGER NOT NULL,
    version        BIGINT  NOT NULL,
    updated_by     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, id),
    FOREIGN KEY (campaign_id, recipient_id) REFERENCES recipient (campaign_id, id)
);

CREATE INDEX delivery_by_recipient ON delivery (campaign_id, recipient_id);
