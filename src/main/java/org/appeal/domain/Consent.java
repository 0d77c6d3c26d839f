package org.appeal.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether each listed signatory approved the text as it stands. Where no approval was recorded
 * (as for signatories imported from an old list) the answer is "unknown", never a guess.
 */
public final class Consent {
    public enum Status { CURRENT_TEXT, EARLIER_TEXT, UNKNOWN }

    private Consent() {
    }

    /**
     * @param approvals the fingerprint of the text each signatory approved, by signatory id
     */
    public static Map<String, Status> of(LetterDraft letter, List<Signatory> signatories, Map<String, String> approvals) {
        String current = ApprovedText.fingerprint(letter);
        Map<String, Status> statuses = new LinkedHashMap<>();
        for (Signatory s : signatories) {
            String approved = approvals.get(s.id());
            statuses.put(s.id(), approved == null ? Status.UNKNOWN
                    : approved.equals(current) ? Status.CURRENT_TEXT : Status.EARLIER_TEXT);
        }
        return statuses;
    }

    /** The signatories the letter lists who approved an earlier text: they should be asked again. */
    public static List<Signatory> toAskAgain(LetterDraft letter, List<Signatory> listed, Map<String, String> approvals) {
        Map<String, Status> statuses = of(letter, listed, approvals);
        return listed.stream().filter(s -> statuses.get(s.id()) == Status.EARLIER_TEXT).toList();
    }
}
