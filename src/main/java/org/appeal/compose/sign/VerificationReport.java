package org.appeal.compose.sign;

import java.util.List;

/**
 * Every signature of a PDF, in the order they were added.
 *
 * @param signatures one check per signature, oldest first
 * @param revisions  how many revisions (the original and each incremental update) the file has
 * @param validationData what the file's document security store holds for checking signatures later (PAdES B-LT)
 */
public record VerificationReport(List<SignatureCheck> signatures, int revisions, ValidationData validationData) {
    public VerificationReport {
        signatures = List.copyOf(signatures);
        java.util.Objects.requireNonNull(validationData, "validationData");
    }

    public boolean hasSignatures() {
        return !signatures.isEmpty();
    }

    /** At least one signature, every one intact, and nothing but signatures added after any of them. */
    public boolean allValid() {
        return hasSignatures() && signatures.stream().allMatch(SignatureCheck::valid);
    }
}
