package org.appeal.domain;

/**
 * Whether two records name the same state. UN voting data writes names in capitals ("REPUBLIC OF
 * KOREA") where a campaign writes "Republic of Korea"; spelling variants beyond case and
 * surrounding spaces are not guessed at.
 */
public final class StateNames {
    private StateNames() {
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.strip().equalsIgnoreCase(b.strip());
    }
}
