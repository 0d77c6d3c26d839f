-- An archived campaign is kept whole but hidden from the list of campaigns until View -> Show
-- archived shows it again; restoring it clears the mark. NULL when the campaign is not archived,
-- else the instant it was archived (ISO-8601 UTC), like the other instants.
-- V12: numbers below it are left to migrations written alongside; Flyway runs them out of order.
ALTER TABLE campaign ADD COLUMN archived_at TEXT;
