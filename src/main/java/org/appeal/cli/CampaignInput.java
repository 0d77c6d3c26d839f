package org.appeal.cli;

import org.appeal.compose.Archival;
import org.appeal.compose.RenderOptions;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleException;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.DraftHistory;
import org.appeal.store.db.WorkspaceBusyException;
import org.appeal.store.db.WorkspaceUnavailableException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The campaign a command works on: a bundle folder, or {@code --campaign ID} in a workspace. */
final class CampaignInput {
    @Parameters(index = "0", arity = "0..1", paramLabel = "BUNDLE",
            description = "a campaign bundle folder (see docs/bundle-format.md); or use --campaign")
    Path bundle;

    @Option(names = {"-c", "--campaign"}, paramLabel = "ID", description = "a campaign in the workspace")
    String campaignId;

    @Mixin
    WorkspaceOption workspace;

    CampaignData load() throws BadInput {
        if ((bundle == null) == (campaignId == null)) {
            throw new BadInput("name the campaign either as a BUNDLE folder or with --campaign ID (one of the two)");
        }
        if (bundle != null) {
            InputFile.checkBundle(bundle);
            try {
                return new BundleReader().read(bundle);
            } catch (BundleException e) {
                throw new BadInput("cannot read the campaign bundle " + bundle + ":",
                        e.problems().stream().map(Object::toString).toList());
            }
        }
        return workspace.campaign(campaignId);
    }

    /**
     * Where this campaign may be rendered to: never over the workspace database it is read from,
     * nor over a file of its bundle folder or of the templates.
     */
    OutputTarget outputTarget(Path templates) {
        List<Path> files = new ArrayList<>();
        if (campaignId != null) {
            files.addAll(workspace.files());
        }
        List<Path> folders = new ArrayList<>();
        if (bundle != null) {
            folders.add(bundle);
        }
        folders.add(templates);
        return new OutputTarget(files, folders);
    }

    /**
     * After a PDF left: a workspace campaign records the exported text as a version (bundles have no
     * history). The letter is written by then, so a workspace that is busy or cannot be written does
     * not make the command fail: it is a warning that the history lacks this export.
     */
    void recordExport(CommandSpec spec) throws BadInput {
        if (campaignId == null) {
            return;
        }
        try {
            new DraftHistory(workspace.open()).recordExport(campaignId, System.getProperty("user.name", "unknown"));
        } catch (WorkspaceBusyException | WorkspaceUnavailableException e) {
            spec.commandLine().getErr().println("warning: the letter was written, but the export is not in the "
                    + "campaign's history: " + e.getMessage());
        }
    }

    /** What to render with: the archival level asked for, and a bundle's own folder for its images. */
    RenderOptions renderOptions(Archival archival) {
        RenderOptions options = RenderOptions.DEFAULT.withArchival(archival);
        return bundle == null ? options : options.withImageFolder(bundle);
    }

    String describe() {
        return bundle != null ? bundle.toString() : "campaign '" + campaignId + "'";
    }
}
