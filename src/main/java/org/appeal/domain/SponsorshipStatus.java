package org.appeal.domain;

/**
 * What the records say about a state and one body's resolution in one year. A year without a
 * record is {@link #UNKNOWN}: sources often skip years, and a letter must not read silence as "no".
 */
public enum SponsorshipStatus {
    COSPONSORED, DECLINED, UNKNOWN;

    static SponsorshipStatus of(Sponsorship sponsorship) {
        return sponsorship.cosponsored() ? COSPONSORED : DECLINED;
    }
}
