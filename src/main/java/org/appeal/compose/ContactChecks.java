package org.appeal.compose;

import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.domain.Signatory;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks on the letter's data that need a human look. Contact details that look malformed are
 * warnings, never corrections: they print exactly as typed (the seed letter's own e-mail line
 * reads "president.go.kr").
 */
final class ContactChecks {
    private ContactChecks() {
    }

    static List<Problem> check(CampaignData data) {
        List<Problem> found = new ArrayList<>();
        if (data.addressee().isEmpty()) {
            found.add(Problem.blocking("recipients", 0, 0, "the letter has no TO recipient"));
        }
        for (Recipient r : data.recipients()) {
            String where = "recipient '" + r.id() + "'";
            if (r.name().isBlank()) {
                found.add(Problem.blocking(where, 0, 0, "recipient has no name"));
            }
            if (!r.email().isEmpty() && !ContactFormats.looksLikeEmail(r.email())) {
                found.add(Problem.warning(where, "e-mail \"" + r.email() + "\" does not look like an e-mail address; it is printed as typed"));
            }
            if (!r.fax().isEmpty() && !ContactFormats.looksLikeFax(r.fax())) {
                found.add(Problem.warning(where, "fax \"" + r.fax() + "\" does not look like a fax number; it is printed as typed"));
            }
        }
        for (Signatory s : data.signatories().asOf(data.letter().signatoriesAsOf()).individuals()) {
            if (s.title().isBlank()) {
                found.add(Problem.warning("signatory '" + s.id() + "'", "individual has no title or affiliation"));
            }
        }
        data.signatories().all().stream().filter(s -> s.name().isBlank()).forEach(s ->
                found.add(Problem.blocking("signatory '" + s.id() + "'", 0, 0, "signatory has no name")));
        return found;
    }
}
