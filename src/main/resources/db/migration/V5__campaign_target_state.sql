-- The state a campaign's letter asks to act ("Republic of Korea"): its co-sponsorships and votes
-- are the letter's resolution history. Empty when not set, like the campaign's other texts.
-- V5, not V4: V4 is left to a migration being written alongside; Flyway accepts the gap.
ALTER TABLE campaign ADD COLUMN target_state TEXT NOT NULL DEFAULT '';
