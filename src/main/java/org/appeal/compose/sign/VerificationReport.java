package org.appeal.compose.sign;

import java.util.List;

/**
 * Every signature of a PDF, in the order they were added.
 *
 * @param signatures one check per signature, oldest first
 * @param revisions  how many revisions (the original and each incremental update) the file has
 */
public record VerificationReport(List<SignatureCheck> signatures, int revisions) {
    public VerificationReport {
        signatures = List.copyOf(signatures);
    }

    public boolean hasSignatures() {
        return !signatures.isEmpty();
    }

    /** At least one signature, every one intact, and nothing but signatures added after any of them. */
    public boolean allValid() {
        return hasSignatures() && signatures.stream().allMatch(SignatureCheck::valid);
    }
}
