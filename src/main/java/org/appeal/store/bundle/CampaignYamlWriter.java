package org.appeal.store.bundle;

import org.appeal.domain.Campaign;
import org.appeal.domain.LetterDraft;

/** Writes {@code campaign.yaml} in its canonical form: fixed key order, two-space indent, {@code \n} line ends. */
final class CampaignYamlWriter {
    private final YamlScalars scalars = new YamlScalars();

    String write(Campaign campaign, LetterDraft letter, String bodyFile) {
        return "format: " + CampaignFile.FORMAT_VERSION + "\n"
                + "id: " + scalars.scalar(campaign.id()) + "\n"
                + "title: " + scalars.scalar(campaign.title()) + "\n"
                + "language: " + scalars.scalar(campaign.language()) + "\n"
                + "target_state: " + scalars.scalar(campaign.targetState()) + "\n"
                + "letter:\n"
                + "  subject: " + scalars.scalar(letter.subject()) + "\n"
                + "  date: " + letter.date() + "\n"
                + "  signatories_as_of: " + letter.signatoriesAsOf() + "\n"
                + "  template: " + scalars.scalar(letter.templateName()) + "\n"
                + "  body: " + scalars.scalar(bodyFile) + "\n";
    }
}
