package org.appeal.app;

import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;
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
 * a save is refused (never silently lost) when someone else saved first. Not thread-safe: the app
 * calls it from one background task at a time.
 */
public final class CampaignSession {
    private final Workspace workspace;
    private final String campaignId;
    private final String user;
    private CampaignData data;
    private long letterVersion;
    private final Map<String, Long> recipientVersions = new HashMap<>();

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
            recipientVersions.clear();
            for (Versioned<Recipient> r : new RecipientRepository(work).all(campaignId)) {
                recipientVersions.put(r.value().id(), r.version());
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

    /** An explicit save: the letter becomes a numbered version. */
    public DraftVersion saveLetter(LetterDraft draft) {
        DraftVersion version = new DraftHistory(workspace).saveVersion(campaignId, draft, user, letterVersion);
        letterVersion++;
        data = data.withLetter(draft);
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
        data = new CampaignData(data.campaign(), data.letter(), recipients, data.signatories(), data.resolutions(),
                data.sponsorships(), data.sources(), data.evidence());
    }

    /** Records an export of the current saved letter as a version (see {@link DraftHistory#recordExport}). */
    public DraftVersion recordExport() {
        return new DraftHistory(workspace).recordExport(campaignId, user);
    }
}
