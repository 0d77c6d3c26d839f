package org.appeal.app;

/** What part of an open campaign was written; screens reload what shows it. */
public enum CampaignChange {
    /** A saved version of the letter, or an export recorded as one. */
    LETTER,
    RECIPIENTS,
    /** Signatories added, changed, withdrawn, merged or imported from a sheet. */
    SIGNATORIES,
    /** Who approved which text. */
    APPROVALS,
    /** Co-sponsorship records (the resolution timeline, the letter's history sentences). */
    SPONSORSHIPS,
    EVIDENCE,
    /**
     * The campaign's settings (title, language, target state, coalition), its letters' settings
     * (layout, citations) or its further letters (added, renamed, removed).
     */
    SETTINGS
}
