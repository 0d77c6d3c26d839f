package org.appeal.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one campaign holds: what a bundle folder carries and what a letter is built from.
 *
 * @param letter       the main letter
 * @param otherLetters further letters of the campaign, each with a unique name other than {@link #MAIN_LETTER}
 * @param votes        recorded votes on the campaign's resolutions (from UN voting data; bundles carry none)
 * @param deliveries   the record of what was sent to whom (see {@link Delivery})
 * @param approvals    which text each signatory approved (absent = approval unknown)
 * @param images       the signature and logo images signatories name, with their bytes
 */
public record CampaignData(Campaign campaign, LetterDraft letter, List<Recipient> recipients,
                           SignatoryList signatories, List<Resolution> resolutions,
                           List<Sponsorship> sponsorships, List<Source> sources, List<Evidence> evidence,
                           List<NamedLetter> otherLetters, List<Vote> votes, List<Delivery> deliveries,
                           List<Approval> approvals, List<CampaignImage> images) {
    /** The name by which the main letter is picked among the others. */
    public static final String MAIN_LETTER = "letter";

    public CampaignData {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(letter, "letter");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(signatories, "signatories");
        resolutions = List.copyOf(resolutions);
        sponsorships = List.copyOf(sponsorships);
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
        otherLetters = otherLetters == null ? List.of() : List.copyOf(otherLetters);
        votes = votes == null ? List.of() : List.copyOf(votes);
        deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** A campaign whose approvals are unknown and that holds no images. */
    public CampaignData(Campaign campaign, LetterDraft letter, List<Recipient> recipients,
                        SignatoryList signatories, List<Resolution> resolutions,
                        List<Sponsorship> sponsorships, List<Source> sources, List<Evidence> evidence,
                        List<NamedLetter> otherLetters, List<Vote> votes, List<Delivery> deliveries) {
        this(campaign, letter, recipients, signatories, resolutions, sponsorships, sources, evidence, otherLetters,
                votes, deliveries, List.of(), List.of());
    }

    /** A campaign with nothing sent yet. */
    public CampaignData(Campaign campaign, LetterDraft letter, List<Recipient> recipients,
                        SignatoryList signatories, List<Resolution> resolutions,
                        List<Sponsorship> sponsorships, List<Source> sources, List<Evidence> evidence,
                        List<NamedLetter> otherLetters, List<Vote> votes) {
        this(campaign, letter, recipients, signatories, resolutions, sponsorships, sources, evidence, otherLetters,
                votes, List.of());
    }

    /** A campaign without recorded votes. */
    public CampaignData(Campaign campaign, LetterDraft letter, List<Recipient> recipients,
                        SignatoryList signatories, List<Resolution> resolutions,
                        List<Sponsorship> sponsorships, List<Source> sources, List<Evidence> evidence,
                        List<NamedLetter> otherLetters) {
        this(campaign, letter, recipients, signatories, resolutions, sponsorships, sources, evidence, otherLetters,
                List.of());
    }

    /** A campaign with only its main letter. */
    public CampaignData(Campaign campaign, LetterDraft letter, List<Recipient> recipients,
                        SignatoryList signatories, List<Resolution> resolutions,
                        List<Sponsorship> sponsorships, List<Source> sources, List<Evidence> evidence) {
        this(campaign, letter, recipients, signatories, resolutions, sponsorships, sources, evidence, List.of(),
                List.of());
    }

    /** The letter of that name: {@link #MAIN_LETTER} is the main one. */
    public Optional<LetterDraft> letter(String name) {
        if (MAIN_LETTER.equals(name)) {
            return Optional.of(letter);
        }
        return otherLetters.stream().filter(l -> l.name().equals(name)).map(NamedLetter::letter).findFirst();
    }

    /** The names of all letters, the main one first. */
    public List<String> letterNames() {
        List<String> names = new java.util.ArrayList<>();
        names.add(MAIN_LETTER);
        otherLetters.forEach(l -> names.add(l.name()));
        return List.copyOf(names);
    }

    /**
     * The letter a name belongs to: the original's name for a translation ({@link
     * NamedLetter#translationOf()}), else the name itself.
     */
    public String originalOf(String name) {
        return otherLetters.stream().filter(l -> l.name().equals(name) && l.isTranslation())
                .map(NamedLetter::translationOf).findFirst().orElse(name);
    }

    /**
     * The versions of one letter in each of its languages: the original first, then its
     * translations in their order. Any of their names may be given.
     */
    public List<String> versionsOf(String name) {
        String original = originalOf(name);
        List<String> names = new java.util.ArrayList<>();
        if (letter(original).isPresent()) {
            names.add(original);
        }
        otherLetters.stream().filter(l -> l.translationOf().equals(original)).forEach(l -> names.add(l.name()));
        return List.copyOf(names);
    }

    /** The language the letter of that name is written in: its own setting, else the campaign's. */
    public Optional<String> languageOf(String name) {
        return letter(name).map(l -> l.languageIn(campaign));
    }

    /** The name of the version of letter {@code name} written in {@code language}, if it has one. */
    public Optional<String> versionIn(String name, String language) {
        return versionsOf(name).stream().filter(n -> languageOf(n).orElse("").equals(language)).findFirst();
    }

    /** The language the main letter is written in. */
    public String language() {
        return letter.languageIn(campaign);
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Evidence> evidence(String citationKey) {
        return evidence.stream().filter(e -> e.citationKey().equals(citationKey)).findFirst();
    }

    public Optional<Recipient> recipient(String id) {
        return recipients.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The first TO recipient: the one a letter is addressed to and whose name the salutation uses. */
    public Optional<Recipient> addressee() {
        return recipients.stream().filter(r -> r.role() == Recipient.Role.TO).findFirst();
    }

    /**
     * Whom the copy for {@code recipient} is addressed to: under {@link Addressing#PER_ADDRESSEE} a
     * TO recipient is addressed themself; otherwise, and for CC recipients, the first TO recipient.
     */
    public Optional<Recipient> addresseeFor(Recipient recipient) {
        if (letter.addressing() == Addressing.PER_ADDRESSEE && recipient != null
                && recipient.role() == Recipient.Role.TO) {
            return Optional.of(recipient);
        }
        return addressee();
    }

    public List<Recipient> copied() {
        return recipients.stream().filter(r -> r.role() == Recipient.Role.CC).toList();
    }

    public CampaignData withLetter(LetterDraft newLetter) {
        return new CampaignData(campaign, newLetter, recipients, signatories, resolutions, sponsorships,
                sources, evidence, otherLetters, votes, deliveries, approvals, images);
    }

    public CampaignData withRecipients(List<Recipient> newRecipients) {
        return new CampaignData(campaign, letter, newRecipients, signatories, resolutions, sponsorships,
                sources, evidence, otherLetters, votes, deliveries, approvals, images);
    }

    public CampaignData withSponsorships(List<Sponsorship> newSponsorships) {
        return new CampaignData(campaign, letter, recipients, signatories, resolutions, newSponsorships,
                sources, evidence, otherLetters, votes, deliveries, approvals, images);
    }

    public CampaignData withEvidence(List<Evidence> newEvidence) {
        return new CampaignData(campaign, letter, recipients, signatories, resolutions, sponsorships,
                sources, newEvidence, otherLetters, votes, deliveries, approvals, images);
    }

    public CampaignData withVotes(List<Vote> newVotes) {
        return new CampaignData(campaign, letter, recipients, signatories, resolutions, sponsorships,
                sources, evidence, otherLetters, newVotes, deliveries, approvals, images);
    }

    /**
     * The campaign with the named letter as its main letter, which is how a further letter is
     * rendered: every renderer works on {@link #letter()}.
     */
    public Optional<CampaignData> focusedOn(String name) {
        return letter(name).map(this::withLetter);
    }

    public CampaignData withDeliveries(List<Delivery> newDeliveries) {
        return new CampaignData(campaign, letter, recipients, signatories, resolutions, sponsorships,
                sources, evidence, otherLetters, votes, newDeliveries, approvals, images);
    }

    public CampaignData withSignatories(SignatoryList newList) {
        return new CampaignData(campaign, letter, recipients, newList, resolutions, sponsorships,
                sources, evidence, otherLetters, votes, deliveries, approvals, images);
    }

    public CampaignData withSources(List<Source> newSources) {
        return new CampaignData(campaign, letter, recipients, signatories, resolutions, sponsorships,
                newSources, evidence, otherLetters, votes, deliveries, approvals, images);
    }

    public CampaignData withApprovals(List<Approval> newApprovals) {
        return new CampaignData(campaign, letter, recipients, signatories, resolutions, sponsorships,
                sources, evidence, otherLetters, votes, deliveries, newApprovals, images);
    }

    public CampaignData withImages(List<CampaignImage> newImages) {
        return new CampaignData(campaign, letter, recipients, signatories, resolutions, sponsorships,
                sources, evidence, otherLetters, votes, deliveries, approvals, newImages);
    }

    /** The image held under {@code path}, if the campaign holds one. */
    public Optional<CampaignImage> image(String path) {
        return images.stream().filter(i -> i.path().equals(path)).findFirst();
    }

    /** The campaign's settings changed (title, language, target state, coalition); what it holds stays. */
    public CampaignData withCampaign(Campaign newCampaign) {
        return new CampaignData(newCampaign, letter, recipients, signatories, resolutions, sponsorships,
                sources, evidence, otherLetters, votes, deliveries);
    }

    public CampaignData withOtherLetters(List<NamedLetter> newOtherLetters) {
        return new CampaignData(campaign, letter, recipients, signatories, resolutions, sponsorships,
                sources, evidence, newOtherLetters, votes, deliveries);
    }
}
