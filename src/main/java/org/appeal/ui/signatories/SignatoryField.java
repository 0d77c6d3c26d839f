package org.appeal.ui.signatories;

/**
 * The text fields of the signatory form, in the order the form shows them: each has the id of its
 * control and the key of its label. A new field (a name in a second script) is a constant here, a
 * line in {@link SignatoryForm#of} and {@link SignatoryForm#toSignatory}, and its label in the
 * messages; the dialog lays out whatever is listed.
 */
public enum SignatoryField {
    NAME("signatoryName", "signatories.name"),
    ACRONYM("signatoryAcronym", "signatories.acronym"),
    TITLE("signatoryTitle", "signatories.title"),
    COUNTRY("signatoryCountry", "signatories.country"),
    SIGNED_ON("signatorySignedOn", "signatory.signedOnField");

    private final String controlId;
    private final String labelKey;

    SignatoryField(String controlId, String labelKey) {
        this.controlId = controlId;
        this.labelKey = labelKey;
    }

    public String controlId() {
        return controlId;
    }

    public String labelKey() {
        return labelKey;
    }
}
