package org.appeal.store.bundle;

import java.util.List;

/** The files of a format-1 bundle, in the order they are read and reported. */
final class BundleLayout {
    /** The name the writer gives the letter body; a bundle may name another file in campaign.yaml. */
    static final String LETTER_BODY = "letter.md";

    static final RecipientsTable RECIPIENTS = new RecipientsTable();
    static final SignatoriesTable SIGNATORIES = new SignatoriesTable();
    static final ResolutionsTable RESOLUTIONS = new ResolutionsTable();
    static final SponsorshipsTable SPONSORSHIPS = new SponsorshipsTable();
    static final SourcesTable SOURCES = new SourcesTable();
    static final EvidenceTable EVIDENCE = new EvidenceTable();
    static final DeliveriesTable DELIVERIES = new DeliveriesTable();
    static final VotesTable VOTES = new VotesTable();
    static final ApprovalsTable APPROVALS = new ApprovalsTable();

    /**
     * Files a later format will define. Format 1 cannot hold their data, so a bundle that has them is
     * refused rather than read with the data silently dropped. None at present.
     */
    static final List<String> NOT_YET_SUPPORTED = List.of();

    private BundleLayout() {
    }
}
