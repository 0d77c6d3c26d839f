package org.appeal.domain;

/** The UN bodies whose resolutions a campaign tracks. */
public enum UnBody {
    GA("General Assembly"),
    HRC("Human Rights Council");

    private final String displayName;

    UnBody(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
