package org.appeal.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything one campaign holds: what a bundle folder carries and what a letter is built from. */
public record CampaignData(Campaign campaign, LetterDraft letter, List<Recipient> recipients,
                           SignatoryList signatories, List<Resolution> resolutions,
                           List<Sponsorship> sponsorships, List<Source> sources, List<Evidence> evidence) {
    public CampaignData {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(letter, "letter");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(signatories, "signatories");
        resolutions = List.copyOf(resolutions);
        sponsorships = List.copyOf(sponsorships);
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
    }

    public Optional<Recipient> recipient(String id) {
        return recipients.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The first TO recipient: the one a letter is addressed to and whose name the salutation uses. */
    public Optional<Recipient> addressee() {
        return recipients.stream().filter(r -> r.role() == Recipient.Role.TO).findFirst();
    }

    public List<Recipient> copied() {
        return recipients.stream().filter(r -> r.role() == Recipient.Role.CC).toList();
    }

    public CampaignData withLetter(LetterDraft newLetter) {
        return new CampaignData(campaign, newLetter, recipients, signatories, resolutions, sponsorships,
                sources, evidence);
    }

    public CampaignData withSignatories(SignatoryList newList) {
        return new CampaignData(campaign, letter, recipients, newList, resolutions, sponsorships,
                sources, evidence);
    }
}
