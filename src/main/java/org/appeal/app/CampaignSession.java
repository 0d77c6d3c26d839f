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
import org.appeal.store.db.ApprovalRepository;
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
     * Saves how the main letter is laid out, cites and in which language it is (see
     * {@link LetterLanguage}), keeping its saved
     * text: the settings are no new version of the text, so no numbered version is recorded.
     * Refused when someone saved the letter since this session read it.
     */
    public void saveLetterSettings(LetterDraft settings) {
        LetterDraft saved = LetterLanguage.with(data.letter().withTemplate(settings.templateName())
                .withCitations(settings.citations()), LetterLanguage.of(settings));
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
        workspace.inTransaction(work -> new SourceRepository(work).saveEvidence(campaignId, evidence, 0));
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
}
