-- Draft history. Every explicit save of a letter is a numbered version holding the whole draft and
-- the SHA-256 of its canonical text (see DraftText); versions are never changed once written.
CREATE TABLE draft_version (
    campaign_id       TEXT    NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    number            INTEGER NOT NULL,
    author            TEXT    NOT NULL,
    saved_at          TEXT    NOT NULL,
    sha256            TEXT    NOT NULL,
    subject           TEXT    NOT NULL,
    letter_date       TEXT    NOT NULL,
    body              TEXT    NOT NULL,
    template_name     TEXT    NOT NULL,
    signatories_as_of TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, number)
);

-- Autosave: at most one recovery copy per campaign and author, overwritten each time and dropped by
-- that author's next explicit save. It is not a version and never shows up in the history. Keyed by
-- author too because on a shared PostgreSQL workspace one writer's autosave must not overwrite the
-- unsaved work of another writer of the same letter.
CREATE TABLE draft_recovery (
    campaign_id       TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    author            TEXT NOT NULL,
    saved_at          TEXT NOT NULL,
    subject           TEXT NOT NULL,
    letter_date       TEXT NOT NULL,
    body              TEXT NOT NULL,
    template_name     TEXT NOT NULL,
    signatories_as_of TEXT NOT NULL,
    PRIMARY KEY (campaign_id, author)
);
