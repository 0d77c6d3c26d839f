-- The workspace schema. One script for SQLite and PostgreSQL alike, so it sticks to what both
-- accept: TEXT, INTEGER, BIGINT, composite keys, ON CONFLICT, foreign keys. No SERIAL: every id is
-- a slug or UUID the application supplies.
--
-- Conventions, table by table:
--   * keys are (campaign_id, id): ids are only unique inside their campaign;
--   * version/updated_by/updated_at guard against lost updates (UPDATE ... WHERE version = ?) and
--     let a refusal say who changed the row and when;
--   * seq is the row's place in the campaign's list, so a campaign reads back in the order it was
--     written (user-facing order such as a signatory's position is a separate column);
--   * days are ISO-8601 TEXT (YYYY-MM-DD), instants ISO-8601 TEXT in UTC; NULL means "unknown";
--   * booleans are INTEGER 0/1; enums are their Java constant names, checked by the application
--     (a CHECK list would make adding a constant a table rebuild on SQLite).

CREATE TABLE campaign (
    id         TEXT    NOT NULL PRIMARY KEY,
    title      TEXT    NOT NULL,
    language   TEXT    NOT NULL,
    version    BIGINT  NOT NULL,
    updated_by TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);

-- One current letter per campaign; its saved versions live in draft_version (V2).
CREATE TABLE letter_draft (
    campaign_id       TEXT   NOT NULL PRIMARY KEY REFERENCES campaign (id) ON DELETE CASCADE,
    subject           TEXT   NOT NULL,
    letter_date       TEXT   NOT NULL,
    body              TEXT   NOT NULL,
    template_name     TEXT   NOT NULL,
    signatories_as_of TEXT   NOT NULL,
    version           BIGINT NOT NULL,
    updated_by        TEXT   NOT NULL,
    updated_at        TEXT   NOT NULL
);

CREATE TABLE recipient (
    campaign_id     TEXT    NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    id              TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    position        INTEGER NOT NULL,
    form_of_address TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    office          TEXT    NOT NULL,
    fax             TEXT    NOT NULL,
    email           TEXT    NOT NULL,
    seq             INTEGER NOT NULL,
    version         BIGINT  NOT NULL,
    updated_by      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, id)
);

-- Part of the recipient row: rewritten whenever the recipient is saved.
CREATE TABLE recipient_address_line (
    campaign_id  TEXT    NOT NULL,
    recipient_id TEXT    NOT NULL,
    line_no      INTEGER NOT NULL,
    line         TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, recipient_id, line_no),
    FOREIGN KEY (campaign_id, recipient_id) REFERENCES recipient (campaign_id, id) ON DELETE CASCADE
);

CREATE TABLE signatory (
    campaign_id  TEXT    NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    id           TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    name         TEXT    NOT NULL,
    acronym      TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    country      TEXT    NOT NULL,
    signed_on    TEXT,
    withdrawn_on TEXT,
    seq          INTEGER NOT NULL,
    version      BIGINT  NOT NULL,
    updated_by   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, id)
);

CREATE TABLE source (
    campaign_id  TEXT    NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    id           TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    issuing_body TEXT    NOT NULL,
    symbol       TEXT    NOT NULL,
    issued_on    TEXT,
    url          TEXT    NOT NULL,
    seq          INTEGER NOT NULL,
    version      BIGINT  NOT NULL,
    updated_by   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, id)
);

-- Part of the source row; paragraph_no is the 1-based number evidence cites as "para. N".
CREATE TABLE source_paragraph (
    campaign_id  TEXT    NOT NULL,
    source_id    TEXT    NOT NULL,
    paragraph_no INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, source_id, paragraph_no),
    FOREIGN KEY (campaign_id, source_id) REFERENCES source (campaign_id, id) ON DELETE CASCADE
);

-- Evidence must quote a source of the same campaign; a source still quoted cannot be deleted.
CREATE TABLE evidence (
    campaign_id    TEXT    NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    citation_key   TEXT    NOT NULL,
    source_id      TEXT    NOT NULL,
    quote          TEXT    NOT NULL,
    pinpoint_unit  TEXT,
    pinpoint_value TEXT,
    seq            INTEGER NOT NULL,
    version        BIGINT  NOT NULL,
    updated_by     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, citation_key),
    FOREIGN KEY (campaign_id, source_id) REFERENCES source (campaign_id, id)
);

CREATE TABLE resolution (
    campaign_id TEXT    NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    id          TEXT    NOT NULL,
    symbol      TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    session     INTEGER,
    adopted_on  TEXT,
    title       TEXT    NOT NULL,
    adoption    TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    seq         INTEGER NOT NULL,
    version     BIGINT  NOT NULL,
    updated_by  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, id)
);

CREATE TABLE sponsorship (
    campaign_id       TEXT    NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    id                TEXT    NOT NULL,
    state             TEXT    NOT NULL,
    body              TEXT    NOT NULL,
    year              INTEGER NOT NULL,
    decided_on        TEXT,
    resolution_symbol TEXT    NOT NULL,
    cosponsored       INTEGER NOT NULL CHECK (cosponsored IN (0, 1)),
    source            TEXT    NOT NULL,
    seq               INTEGER NOT NULL,
    version           BIGINT  NOT NULL,
    updated_by        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, id)
);

-- Votes name their resolution by symbol (as voting records do), not by row id: a record of votes
-- may arrive before the resolution row, so there is no foreign key to resolution.
CREATE TABLE vote (
    campaign_id       TEXT   NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    resolution_symbol TEXT   NOT NULL,
    state             TEXT   NOT NULL,
    choice            TEXT   NOT NULL,
    version           BIGINT NOT NULL,
    updated_by        TEXT   NOT NULL,
    updated_at        TEXT   NOT NULL,
    PRIMARY KEY (campaign_id, resolution_symbol, state)
);
