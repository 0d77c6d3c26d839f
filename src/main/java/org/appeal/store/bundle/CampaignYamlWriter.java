package org.appeal.store.bundle;

import org.appeal.domain.Campaign;
import org.appeal.domain.LetterDraft;

/**
 * Writes {@code campaign.yaml} in its canonical form: fixed key order, two-space indent, {@code \n}
 * line ends. Every key is written except {@code coalition}, which is written only when set: it came
 * after format 1's first bundles, and a bundle without it keeps its bytes.
 */
final class CampaignYamlWriter {
    private final YamlScalars scalars = new YamlScalars();

    String write(Campaign campaign, LetterDraft letter, String bodyFile) {
        return "format: " + CampaignFile.FORMAT_VERSION + "\n"
                + "id: " + scalars.scalar(campaign.id()) + "\n"
                + "title: " + scalars.scalar(campaign.title()) + "\n"
                + "language: " + scalars.scalar(campaign.language()) + "\n"
                + (campaign.coalition().isEmpty() ? "" : "coalition: " + scalars.scalar(campaign.coalition()) + "\n")
                + "letter:\n"
                + "  subject: " + scalars.scalar(letter.subject()) + "\n"
                + "  date: " + letter.date() + "\n"
                + "  signatories_as_of: " + letter.signatoriesAsOf() + "\n"
                + "  template: " + scalars.scalar(letter.templateName()) + "\n"
                + "  body: " + scalars.scalar(bodyFile) + "\n";
    }
}
