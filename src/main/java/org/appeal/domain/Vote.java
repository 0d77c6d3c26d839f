package org.appeal.domain;

import java.util.Objects;

/** How one state voted on one resolution adopted by recorded vote. */
public record Vote(String resolutionSymbol, String state, Choice choice) {
    public enum Choice { YES, NO, ABSTAIN, ABSENT }

    public Vote {
        Objects.requireNonNull(resolutionSymbol, "resolutionSymbol");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(choice, "choice");
    }
}
