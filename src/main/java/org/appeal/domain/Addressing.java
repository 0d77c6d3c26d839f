package org.appeal.domain;

/**
 * Who a letter is addressed to when it has several TO recipients. A coalition writing to every
 * member of a committee wants each to receive a letter addressed to them; a letter to one head of
 * state with copies to ministers wants one letter.
 */
public enum Addressing {
    /** The first TO recipient is the addressee; every other recipient gets an identical copy. */
    ONE_LETTER("one-letter"),
    /**
     * Each TO recipient gets a letter with their own address block and salutation; CC recipients
     * are listed on each and get a copy of the first TO recipient's letter.
     */
    PER_ADDRESSEE("per-addressee");

    private final String key;

    Addressing(String key) {
        this.key = key;
    }

    /** The name a campaign file uses. */
    public String key() {
        return key;
    }
}
