package org.appeal.app;

import org.appeal.domain.ApprovedText;
import org.appeal.domain.Campaign;
import org.appeal.domain.NamedLetter;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Consent;
import org.appeal.domain.Evidence;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryList;
import org.appeal.domain.SignatoriesAsOf;
import org.appeal.domain.SignatoryMerge;
import org.appeal.domain.Resolution;
import org.appeal.domain.Sponsorship;
import org.appeal.domain.StateNames;
import org.appeal.domain.Vote;
import org.appeal.store.db.ResolutionRepository;
import org.appeal.store.db.SourceRepository;
import org.appeal.store.db.SignOnSheetImport;
import org.appeal.store.db.SignatoryRepository;
import org.appeal.store.signon.ImportOptions;
import org.appeal.store.signon.ImportPlan;

import java.nio.file.Path;
import java.time.LocalDate;
import org.appeal.domain.CampaignImage;
import org.appeal.store.ImportException;
import org.appeal.store.db.ApprovalRepository;
import org.appeal.store.db.CampaignImageRepository;
import org.appeal.store.db.PrintedSignatories;
import org.appeal.store.sources.SourceImporter;
import org.appeal.store.sources.SourceMetadata;
import org.appeal.store.db.CampaignRepository;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.DraftHistory;
import org.appeal.store.db.DraftRecovery;
import org.appeal.store.db.DraftVersion;
import org.appeal.store.db.RecipientRepository;
import org.appeal.store.db.Versioned;
import org.appeal.store.db.Workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One campaign opened for editing: what was loaded, and the row versions it was loaded at, so that
 * a save is refused (never silently lost) when someone else saved first. After every write it
 * publishes what changed on {@link #changes()}. Not thread-safe: the app calls it from one
 * background task at a time.
 */
public final class CampaignSession {
    private final Workspace workspace;
    private final String campaignId;
    private final String user;
    private CampaignData data;
    private long letterVersion;
    private long campaignVersion;
    private final Map<String, Long> recipientVersions = new HashMap<>();
    private final Map<String, Long> signatoryVersions = new HashMap<>();
    private Map<String, String> approvals = Map.of();
    private final Map<String, Long> sponsorshipVersions = new HashMap<>();
    private final Map<String, Long> sourceVersions = new HashMap<>();
    private final Map<String, Long> evidenceVersions = new HashMap<>();
    private final CampaignChanges changes = new CampaignChanges();

    private CampaignSession(Workspace workspace, String campaignId, String user) {
        this.workspace = workspace;
        this.campaignId = campaignId;
        this.user = user;
        reload();
    }

    public static CampaignSession open(Workspace workspace, String campaignId) {
        return new CampaignSession(workspace, campaignId, workspace.user());
    }

    /** Reads the campaign and the versions of the rows this session may save. */
    public void reload() {
        data = new CampaignStore(workspace).load(campaignId);
        workspace.read(work -> {
            letterVersion = new CampaignRepository(work).letter(campaignId).map(Versioned::version).orElse(0L);
            campaignVersion = new CampaignRepository(work).find(campaignId).map(Versioned::version).orElse(0L);
            recipientVersions.clear();
            for (Versioned<Recipient> r : new RecipientRepository(work).all(campaignId)) {
                recipientVersions.put(r.value().id(), r.version());
            }
            approvals = Map.copyOf(new ApprovalRepository(work).all(campaignId));
            sponsorshipVersions.clear();
            for (Versioned<Sponsorship> s : new ResolutionRepository(work).allSponsorships(campaignId)) {
                sponsorshipVersions.put(s.value().id(), s.version());
            }
            signatoryVersions.clear();
            for (Versioned<Signatory> s : new SignatoryRepository(work).all(campaignId)) {
                signatoryVersions.put(s.value().id(), s.version());
            }
            SourceRepository sources = new SourceRepository(work);
            sourceVersions.clear();
            for (Versioned<org.appeal.domain.Source> s : sources.all(campaignId)) {
                sourceVersions.put(s.value().id(), s.version());
            }
            evidenceVersions.clear();
            for (Versioned<Evidence> e : sources.allEvidence(campaignId)) {
                evidenceVersions.put(e.value().citationKey(), e.version());
            }
            return null;
        });
    }

    public String campaignId() {
        return campaignId;
    }

    public CampaignData data() {
        return data;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Where this session says what it wrote: screens learn of each other's changes here. */
    public CampaignChanges changes() {
        return changes;
    }

    /**
     * The version of the campaign's row this session holds: archiving or deleting the campaign is
     * refused when someone changed it since.
     */
    public long campaignVersion() {
        return campaignVersion;
    }

    /**
     * Saves the campaign's settings and its further letters together, in one transaction: the
     * campaign's row version guards both (further letters have none of their own), so a save from
     * an outdated copy of either is refused.
     */
    public void saveCampaignSettings(Campaign campaign, List<NamedLetter> furtherLetters) {
        if (!campaign.id().equals(campaignId)) {
            throw new IllegalArgumentException("campaign '" + campaign.id() + "' is not the one open, '" + campaignId + "'");
        }
        long saved = workspace.inTransaction(work -> {
            CampaignRepository campaigns = new CampaignRepository(work);
            long version = campaigns.save(campaign, campaignVersion);
            campaigns.saveFurtherLetters(campaignId, furtherLetters);
            return version;
        });
        campaignVersion = saved;
        data = data.withCampaign(campaign).withOtherLetters(furtherLetters);
        changes.publish(CampaignChange.SETTINGS);
    }

    /**
     * Saves how the main letter is laid out, cites, is addressed and in which language it is (see
     * {@link LetterLanguage}), keeping its saved
     * text: the settings are no new version of the text, so no numbered version is recorded.
     * Refused when someone saved the letter since this session read it.
     */
    public void saveLetterSettings(LetterDraft settings) {
        LetterDraft saved = LetterLanguage.with(data.letter().withTemplate(settings.templateName())
                .withCitations(settings.citations()).withAddressing(settings.addressing()), LetterLanguage.of(settings));
        long version = workspace.inTransaction(work -> new CampaignRepository(work).saveLetter(campaignId, saved, letterVersion));
        letterVersion = version;
        data = data.withLetter(saved);
        changes.publish(CampaignChange.SETTINGS);
    }

    /** An explicit save: the letter becomes a numbered version. */
    public DraftVersion saveLetter(LetterDraft draft) {
        DraftVersion version = new DraftHistory(workspace).saveVersion(campaignId, draft, user, letterVersion);
        letterVersion++;
        data = data.withLetter(draft);
        changes.publish(CampaignChange.LETTER);
        return version;
    }

    /** Autosave: a recovery copy only, offered back after a crash; not a version. */
    public void autosave(LetterDraft draft) {
        new DraftHistory(workspace).saveRecovery(campaignId, draft, user);
    }

    /** Unsaved text left by a crash, if it differs from the saved letter. */
    public Optional<DraftRecovery> recovery() {
        return new DraftHistory(workspace).recovery(campaignId, user)
                .filter(r -> !r.draft().equals(data.letter()));
    }

    public void discardRecovery() {
        new DraftHistory(workspace).discardRecovery(campaignId, user);
    }

    /** Adds or updates a recipient; refused with a clear message if someone else changed it. */
    public void saveRecipient(Recipient recipient) {
        long expected = recipientVersions.getOrDefault(recipient.id(), 0L);
        long saved = workspace.inTransaction(work -> new RecipientRepository(work).save(campaignId, recipient, expected));
        recipientVersions.put(recipient.id(), saved);
        List<Recipient> recipients = new ArrayList<>(data.recipients());
        recipients.removeIf(r -> r.id().equals(recipient.id()));
        recipients.add(recipient);
        recipients.sort(java.util.Comparator.comparingInt(Recipient::position).thenComparing(Recipient::id));
        data = data.withRecipients(recipients);
        changes.publish(CampaignChange.RECIPIENTS);
    }

    /** Saves a changed signatory (a withdrawal, an edit); refused if someone else changed it first. */
    public void saveSignatory(Signatory signatory) {
        long expected = signatoryVersions.getOrDefault(signatory.id(), 0L);
        long saved = workspace.inTransaction(work -> new SignatoryRepository(work).save(campaignId, signatory, expected));
        signatoryVersions.put(signatory.id(), saved);
        replaceSignatories(list -> {
            list.removeIf(s -> s.id().equals(signatory.id()));
            list.add(signatory);
        });
        changes.publish(CampaignChange.SIGNATORIES);
    }

    /**
     * Merges a suggested duplicate on the user's word: {@code keep} takes the other's details where
     * its own are blank and the earlier sign-on date, and the other record is removed, in one
     * transaction.
     */
    public Signatory merge(Signatory keep, Signatory drop) {
        Signatory merged = SignatoryMerge.of(keep, drop);
        long keepVersion = signatoryVersions.getOrDefault(keep.id(), 0L);
        long dropVersion = signatoryVersions.getOrDefault(drop.id(), 0L);
        long saved = workspace.inTransaction(work -> {
            SignatoryRepository repository = new SignatoryRepository(work);
            repository.deleteMerged(campaignId, drop.id(), dropVersion);
            return repository.save(campaignId, merged, keepVersion);
        });
        signatoryVersions.remove(drop.id());
        signatoryVersions.put(keep.id(), saved);
        replaceSignatories(list -> {
            list.removeIf(s -> s.id().equals(keep.id()) || s.id().equals(drop.id()));
            list.add(merged);
        });
        changes.publish(CampaignChange.SIGNATORIES);
        return merged;
    }

    /** The fingerprint of the text each signatory approved, by id; absent = approval unknown. */
    public Map<String, String> approvals() {
        return approvals;
    }

    /**
     * Records that these signatories approved {@code letter}'s text (they were asked again, or
     * signed on to this version), in one transaction.
     */
    public void recordApproval(List<Signatory> signatories, LetterDraft letter) {
        String fingerprint = ApprovedText.fingerprint(letter);
        workspace.inTransaction(work -> {
            ApprovalRepository repository = new ApprovalRepository(work);
            for (Signatory s : signatories) {
                repository.record(campaignId, s.id(), fingerprint);
            }
            return null;
        });
        Map<String, String> updated = new HashMap<>(approvals);
        signatories.forEach(s -> updated.put(s.id(), fingerprint));
        approvals = Map.copyOf(updated);
        data = data.withApprovals(workspace.read(work -> new ApprovalRepository(work).list(campaignId)));
        changes.publish(CampaignChange.APPROVALS);
    }

    /** Adds or changes one year's co-sponsorship record; the letter's history follows. */
    public void saveSponsorship(Sponsorship sponsorship) {
        long expected = sponsorshipVersions.getOrDefault(sponsorship.id(), 0L);
        long saved = workspace.inTransaction(work ->
                new ResolutionRepository(work).saveSponsorship(campaignId, sponsorship, expected));
        sponsorshipVersions.put(sponsorship.id(), saved);
        replaceSponsorships(list -> {
            list.removeIf(s -> s.id().equals(sponsorship.id()));
            list.add(sponsorship);
        });
        changes.publish(CampaignChange.SPONSORSHIPS);
    }

    /** Removes a record the user says is not known after all: the year shows as unknown again. */
    public void removeSponsorship(Sponsorship sponsorship) {
        long expected = sponsorshipVersions.getOrDefault(sponsorship.id(), 0L);
        workspace.inTransaction(work -> {
            new ResolutionRepository(work).deleteSponsorship(campaignId, sponsorship.id(), expected);
            return null;
        });
        sponsorshipVersions.remove(sponsorship.id());
        replaceSponsorships(list -> list.removeIf(s -> s.id().equals(sponsorship.id())));
        changes.publish(CampaignChange.SPONSORSHIPS);
    }

    /** The recorded votes of one state, by resolution symbol (from UN voting data, if imported). */
    public Map<String, Vote.Choice> votesOf(String state) {
        return workspace.read(work -> {
            ResolutionRepository repository = new ResolutionRepository(work);
            Map<String, Vote.Choice> votes = new HashMap<>();
            for (Resolution r : data.resolutions()) {
                for (Versioned<Vote> v : repository.votes(campaignId, r.symbol())) {
                    if (StateNames.same(v.value().state(), state)) {
                        votes.put(r.symbol(), v.value().choice());
                    }
                }
            }
            return votes;
        });
    }

    private void replaceSponsorships(java.util.function.Consumer<List<Sponsorship>> change) {
        List<Sponsorship> list = new ArrayList<>(data.sponsorships());
        change.accept(list);
        data = data.withSponsorships(list);
    }

    /** Adds a piece of evidence (a quote with its pinpoint); refused if the key is taken. */
    public void addEvidence(Evidence evidence) {
        long saved = workspace.inTransaction(work -> new SourceRepository(work).saveEvidence(campaignId, evidence, 0));
        evidenceVersions.put(evidence.citationKey(), saved);
        List<Evidence> list = new ArrayList<>(data.evidence());
        list.add(evidence);
        data = data.withEvidence(list);
        changes.publish(CampaignChange.EVIDENCE);
    }

    /** What a sign-on sheet would change; nothing is written. */
    public ImportPlan planSheet(Path sheet, ImportOptions options) {
        return new SignOnSheetImport(workspace).dryRun(campaignId, sheet, options);
    }

    /** Applies a sign-on sheet in one transaction (nothing if its plan is blocked) and reloads. */
    public ImportPlan importSheet(Path sheet, ImportOptions options) {
        ImportPlan plan = new SignOnSheetImport(workspace).apply(campaignId, sheet, options);
        reloadKeepingLetter();
        changes.publish(CampaignChange.SIGNATORIES);
        return plan;
    }

    private void reloadKeepingLetter() {
        LetterDraft letter = data.letter();
        reload();
        data = data.withLetter(letter);
    }

    private void replaceSignatories(java.util.function.Consumer<List<Signatory>> change) {
        List<Signatory> list = new ArrayList<>(data.signatories().all());
        change.accept(list);
        data = data.withSignatories(new SignatoryList(list));
    }

    /** Records an export of the current saved letter as a version (see {@link DraftHistory#recordExport}). */
    public DraftVersion recordExport() {
        DraftVersion version = new DraftHistory(workspace).recordExport(campaignId, user);
        changes.publish(CampaignChange.LETTER);
        return version;
    }

    /**
     * The signatories the letter lists as of the draft's day who approved a different text: they
     * should be asked again before it goes out.
     */
    public List<Signatory> toAskAgain(LetterDraft draft) {
        SignatoriesAsOf listed = data.signatories().asOf(draft.signatoriesAsOf());
        List<Signatory> all = new ArrayList<>(listed.organisations());
        all.addAll(listed.individuals());
        return Consent.toAskAgain(draft, all, approvals);
    }

    /**
     * Adds a signatory (a new id) or saves a changed one, with the image the user chose if there is
     * one, in one transaction; an image no signatory names any more is dropped with it. Refused if
     * someone else changed the signatory first.
     *
     * @param newImage bytes the user chose for {@code signatory.signatureImage()}, already checked
     */
    public void saveSignatory(Signatory signatory, Optional<CampaignImage> newImage) {
        long expected = signatoryVersions.getOrDefault(signatory.id(), 0L);
        long saved = workspace.inTransaction(work -> {
            CampaignImageRepository images = new CampaignImageRepository(work);
            if (newImage.isPresent()) {
                images.save(campaignId, newImage.get());
            }
            long version = new SignatoryRepository(work).save(campaignId, signatory, expected);
            images.deleteUnused(campaignId);
            return version;
        });
        signatoryVersions.put(signatory.id(), saved);
        replaceSignatories(list -> {
            list.removeIf(s -> s.id().equals(signatory.id()));
            list.add(signatory);
        });
        keepNamedImages(newImage);
        changes.publish(CampaignChange.SIGNATORIES);
    }

    /** What {@link #removeSignatory} did. */
    public enum Removal {
        /** No saved or exported version printed the signatory: the record is gone. */
        DELETED,
        /** A version printed the signatory: the record stays, withdrawn as of the day given. */
        WITHDRAWN,
        /** A version printed the signatory, who was already withdrawn: nothing changed. */
        ALREADY_WITHDRAWN
    }

    /**
     * Removes a signatory, unless a saved or exported version of the letter printed them: then they
     * are withdrawn on {@code day} instead, so the record of what went out stays whole. One
     * transaction; refused if someone else changed the signatory first.
     */
    public Removal removeSignatory(Signatory signatory, LocalDate day) {
        long expected = signatoryVersions.getOrDefault(signatory.id(), 0L);
        record Outcome(Removal removal, long version) {
        }
        Outcome outcome = workspace.inTransaction(work -> {
            SignatoryRepository repository = new SignatoryRepository(work);
            if (!new PrintedSignatories(work).versionsPrinting(campaignId, signatory.id()).isEmpty()) {
                if (signatory.withdrawnOn() != null) {
                    return new Outcome(Removal.ALREADY_WITHDRAWN, expected);
                }
                return new Outcome(Removal.WITHDRAWN, repository.save(campaignId, signatory.withdrawn(day), expected));
            }
            repository.delete(campaignId, signatory.id(), expected);
            new CampaignImageRepository(work).deleteUnused(campaignId);
            return new Outcome(Removal.DELETED, 0);
        });
        Removal removal = outcome.removal();
        switch (removal) {
            case DELETED -> {
                signatoryVersions.remove(signatory.id());
                replaceSignatories(list -> list.removeIf(s -> s.id().equals(signatory.id())));
                Map<String, String> left = new HashMap<>(approvals);
                left.remove(signatory.id());
                approvals = Map.copyOf(left);
                data = data.withApprovals(data.approvals().stream()
                        .filter(a -> !a.signatoryId().equals(signatory.id())).toList());
                keepNamedImages(Optional.empty());
            }
            case WITHDRAWN -> {
                signatoryVersions.put(signatory.id(), outcome.version());
                replaceSignatories(list -> {
                    list.removeIf(s -> s.id().equals(signatory.id()));
                    list.add(signatory.withdrawn(day));
                });
            }
            case ALREADY_WITHDRAWN -> {
                return removal;
            }
        }
        changes.publish(CampaignChange.SIGNATORIES);
        return removal;
    }

    /**
     * Puts the signatories in this order: the first is printed first. Every signatory's position
     * becomes its place in {@code ids} (1, 2, 3, ...); those whose place changes are saved, all in
     * one transaction, refused as a whole if someone else changed one of them first.
     *
     * @param ids every signatory's id, in the new order
     */
    public void reorderSignatories(List<String> ids) {
        List<Signatory> all = data.signatories().all();
        Map<String, Signatory> byId = new HashMap<>();
        all.forEach(s -> byId.put(s.id(), s));
        requireWholeList(ids, byId.keySet(), "signatories");
        List<Signatory> moved = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Signatory s = byId.get(ids.get(i));
            if (s.position() != i + 1) {
                moved.add(s.withPosition(i + 1));
            }
        }
        if (moved.isEmpty()) {
            return;
        }
        Map<String, Long> saved = workspace.inTransaction(work -> {
            SignatoryRepository repository = new SignatoryRepository(work);
            Map<String, Long> versions = new HashMap<>();
            for (Signatory s : moved) {
                versions.put(s.id(), repository.save(campaignId, s, signatoryVersions.getOrDefault(s.id(), 0L)));
            }
            return versions;
        });
        signatoryVersions.putAll(saved);
        replaceSignatories(list -> {
            list.replaceAll(s -> moved.stream().filter(m -> m.id().equals(s.id())).findFirst().orElse(s));
            list.sort(java.util.Comparator.comparingInt(Signatory::position).thenComparing(Signatory::id));
        });
        changes.publish(CampaignChange.SIGNATORIES);
    }

    /**
     * Removes a recipient; refused with a clear message if letters were delivered to them (that
     * record is kept) or someone else changed them first.
     */
    public void removeRecipient(Recipient recipient) {
        long expected = recipientVersions.getOrDefault(recipient.id(), 0L);
        workspace.inTransaction(work -> {
            new RecipientRepository(work).delete(campaignId, recipient.id(), expected);
            return null;
        });
        recipientVersions.remove(recipient.id());
        data = data.withRecipients(data.recipients().stream().filter(r -> !r.id().equals(recipient.id())).toList());
        changes.publish(CampaignChange.RECIPIENTS);
    }

    /**
     * Puts the recipients in this order (the first TO is the addressee), as
     * {@link #reorderSignatories} does for signatories.
     *
     * @param ids every recipient's id, in the new order
     */
    public void reorderRecipients(List<String> ids) {
        Map<String, Recipient> byId = new HashMap<>();
        data.recipients().forEach(r -> byId.put(r.id(), r));
        requireWholeList(ids, byId.keySet(), "recipients");
        List<Recipient> moved = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Recipient r = byId.get(ids.get(i));
            if (r.position() != i + 1) {
                moved.add(r.withPosition(i + 1));
            }
        }
        if (moved.isEmpty()) {
            return;
        }
        Map<String, Long> saved = workspace.inTransaction(work -> {
            RecipientRepository repository = new RecipientRepository(work);
            Map<String, Long> versions = new HashMap<>();
            for (Recipient r : moved) {
                versions.put(r.id(), repository.save(campaignId, r, recipientVersions.getOrDefault(r.id(), 0L)));
            }
            return versions;
        });
        recipientVersions.putAll(saved);
        List<Recipient> recipients = new ArrayList<>(data.recipients());
        recipients.replaceAll(r -> moved.stream().filter(m -> m.id().equals(r.id())).findFirst().orElse(r));
        recipients.sort(java.util.Comparator.comparingInt(Recipient::position).thenComparing(Recipient::id));
        data = data.withRecipients(recipients);
        changes.publish(CampaignChange.RECIPIENTS);
    }

    private static void requireWholeList(List<String> ids, java.util.Set<String> known, String what) {
        if (ids.size() != known.size() || !known.containsAll(ids)) {
            throw new IllegalArgumentException("the new order must list each of the " + known.size() + " " + what
                    + " once; it lists " + ids.size() + " (the list changed meanwhile: reload and move them again)");
        }
    }

    /**
     * Adds a source (a new id) or saves a changed one. With a text file (.txt, .md, .pdf) the
     * source's text is read from it as {@code appeal import source} does (an empty title is then
     * the document's own); without one, a changed source keeps its text. Evidence and letters can
     * cite it as soon as this returns.
     *
     * @return the source as saved, with its numbered paragraphs
     * @throws ImportException naming the file when its text cannot be read; nothing is written then
     */
    public org.appeal.domain.Source saveSource(org.appeal.domain.Source source, Optional<Path> textFile)
            throws ImportException {
        org.appeal.domain.Source withText = source;
        if (textFile.isPresent()) {
            withText = new SourceImporter().importFile(textFile.get(), new SourceMetadata(source.id(), source.title(),
                    source.issuingBody(), source.symbol(), source.date(), source.url()));
        } else if (source.paragraphs().isEmpty() && source.unnumbered().isEmpty()) {
            org.appeal.domain.Source kept = data.source(source.id()).orElse(null);
            if (kept != null) {
                withText = new org.appeal.domain.Source(source.id(), source.title(), source.issuingBody(),
                        source.symbol(), source.date(), source.url(), kept.paragraphs(), kept.unnumbered());
            }
        }
        org.appeal.domain.Source toSave = withText;
        long expected = sourceVersions.getOrDefault(toSave.id(), 0L);
        long saved = workspace.inTransaction(work -> new SourceRepository(work).save(campaignId, toSave, expected));
        sourceVersions.put(toSave.id(), saved);
        List<org.appeal.domain.Source> sources = new ArrayList<>(data.sources());
        int at = -1;
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(toSave.id())) {
                at = i;
            }
        }
        if (at >= 0) {
            sources.set(at, toSave);
        } else {
            sources.add(toSave);
        }
        data = data.withSources(sources);
        changes.publish(CampaignChange.EVIDENCE);
        return toSave;
    }

    /** Removes a source and every piece of evidence quoting it, in one transaction. */
    public void removeSource(org.appeal.domain.Source source) {
        List<Evidence> quoting = data.evidence().stream().filter(e -> e.sourceId().equals(source.id())).toList();
        workspace.inTransaction(work -> {
            SourceRepository repository = new SourceRepository(work);
            for (Evidence e : quoting) {
                repository.deleteEvidence(campaignId, e.citationKey(), evidenceVersions.getOrDefault(e.citationKey(), 0L));
            }
            repository.delete(campaignId, source.id(), sourceVersions.getOrDefault(source.id(), 0L));
            return null;
        });
        quoting.forEach(e -> evidenceVersions.remove(e.citationKey()));
        sourceVersions.remove(source.id());
        data = data.withSources(data.sources().stream().filter(s -> !s.id().equals(source.id())).toList())
                .withEvidence(data.evidence().stream().filter(e -> !e.sourceId().equals(source.id())).toList());
        changes.publish(CampaignChange.EVIDENCE);
    }

    /** Saves a changed piece of evidence (its quote, source or pinpoint; the key is its identity). */
    public void saveEvidence(Evidence evidence) {
        long expected = evidenceVersions.getOrDefault(evidence.citationKey(), 0L);
        long saved = workspace.inTransaction(work -> new SourceRepository(work).saveEvidence(campaignId, evidence, expected));
        evidenceVersions.put(evidence.citationKey(), saved);
        List<Evidence> list = new ArrayList<>(data.evidence());
        list.replaceAll(e -> e.citationKey().equals(evidence.citationKey()) ? evidence : e);
        if (list.stream().noneMatch(e -> e.citationKey().equals(evidence.citationKey()))) {
            list.add(evidence);
        }
        data = data.withEvidence(list);
        changes.publish(CampaignChange.EVIDENCE);
    }

    /** Removes a piece of evidence; a letter that still cites its key shows that as a problem. */
    public void removeEvidence(Evidence evidence) {
        long expected = evidenceVersions.getOrDefault(evidence.citationKey(), 0L);
        workspace.inTransaction(work -> {
            new SourceRepository(work).deleteEvidence(campaignId, evidence.citationKey(), expected);
            return null;
        });
        evidenceVersions.remove(evidence.citationKey());
        data = data.withEvidence(data.evidence().stream()
                .filter(e -> !e.citationKey().equals(evidence.citationKey())).toList());
        changes.publish(CampaignChange.EVIDENCE);
    }

    /** The held images after a change: the new one in, those no signatory names out. */
    private void keepNamedImages(Optional<CampaignImage> newImage) {
        java.util.Set<String> named = new java.util.HashSet<>();
        data.signatories().all().stream().filter(Signatory::hasSignatureImage).forEach(s -> named.add(s.signatureImage()));
        List<CampaignImage> images = new ArrayList<>(data.images());
        newImage.ifPresent(image -> {
            images.removeIf(i -> i.path().equals(image.path()));
            images.add(image);
        });
        images.removeIf(i -> !named.contains(i.path()));
        images.sort(java.util.Comparator.comparing(CampaignImage::path));
        data = data.withImages(images);
    }
}
