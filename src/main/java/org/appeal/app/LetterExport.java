package org.appeal.app;

import org.appeal.compose.Problem;
import org.appeal.compose.RenderException;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.RenderedLetter;
import org.appeal.compose.Renderer;
import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;
import org.appeal.domain.Signatory;
import org.appeal.export.BatchExport;
import org.appeal.export.ExportFileNames;
import org.appeal.store.AtomicFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Sending the letter out of the app, for every place that does it (File → Export now, delivery
 * later): refused while a problem blocks, a question first when signatories approved an earlier
 * text, then render → write (temp file + atomic move) → record the text as a numbered version, so
 * every PDF that left matches one. The files themselves are {@link BatchExport}'s, shared with
 * {@code appeal batch}. No toolkit: the UI asks the questions and runs the work in the background.
 */
public final class LetterExport {
    /** What stands between the draft and an export. */
    public record Readiness(List<Problem> blocking, List<Signatory> toAskAgain) {
        public Readiness {
            blocking = List.copyOf(blocking);
            toAskAgain = List.copyOf(toAskAgain);
        }

        /** A blocking problem: no export until it is fixed. */
        public boolean refused() {
            return !blocking.isEmpty();
        }

        /** Signatories who approved an earlier text: the user must agree before it goes out. */
        public boolean askFirst() {
            return !toAskAgain.isEmpty();
        }
    }

    private final Renderer renderer;
    private final CampaignSession session;
    private final RenderOptions options;

    /** Exports as {@link RenderOptions#DEFAULT}: PDF/A-2, as the preview shows. */
    public LetterExport(Renderer renderer, CampaignSession session) {
        this.renderer = renderer;
        this.session = session;
        this.options = RenderOptions.DEFAULT;
    }

    /**
     * @param latest what the latest render of the draft reported (the preview's problems): a
     *               blocking one refuses, and then nobody needs to be asked
     */
    public Readiness check(LetterDraft draft, List<Problem> latest) {
        List<Problem> blocking = latest.stream().filter(Problem::isBlocking).toList();
        return new Readiness(blocking, blocking.isEmpty() ? session.toAskAgain(draft) : List.of());
    }

    /** The file name offered for the letter to one recipient, as batch export names it. */
    public String fileName(LetterDraft draft, Recipient to) {
        return new ExportFileNames().next(draft, to);
    }

    /**
     * Renders the letter to one recipient and writes it; nothing is written when the render blocks.
     *
     * @param unsaved the draft differs from the saved letter: it is saved as a version first
     */
    public Path exportOne(LetterDraft draft, boolean unsaved, Recipient to, Path target)
            throws RenderException, IOException {
        RenderedLetter letter = renderer.render(session.data().withLetter(draft), to, options);
        AtomicFile.write(target, letter.pdf());
        record(draft, unsaved);
        return target;
    }

    /**
     * One PDF per recipient into a folder, every letter rendered before the first is written; a
     * cancelled export records no version.
     */
    public BatchExport.Result exportAll(LetterDraft draft, boolean unsaved, Path folder, BatchExport.Progress progress,
                                        BooleanSupplier cancelled) throws RenderException, IOException {
        CampaignData data = session.data().withLetter(draft);
        BatchExport.Result result = new BatchExport(renderer, options).export(data, data.recipients(), folder,
                progress, cancelled);
        if (!result.cancelled()) {
            record(draft, unsaved);
        }
        return result;
    }

    private void record(LetterDraft draft, boolean unsaved) {
        if (unsaved) {
            session.saveLetter(draft);
        } else {
            session.recordExport();
        }
    }
}
