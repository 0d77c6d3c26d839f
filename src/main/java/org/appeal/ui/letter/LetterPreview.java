package org.appeal.ui.letter;

import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.appeal.app.CampaignSession;
import org.appeal.app.PreviewRasterizer;
import org.appeal.compose.Archival;
import org.appeal.compose.Problem;
import org.appeal.compose.RenderException;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.RenderedLetter;
import org.appeal.compose.Renderer;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.domain.Signatory;
import org.appeal.ui.common.Debouncer;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;
import org.appeal.ui.screen.StatusLine;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The live preview of the exact PDF: each request renders after a short pause, a newer request
 * supersedes a render in flight, pages replace the old ones one by one as they are drawn, and while
 * the letter has a blocking problem the last good preview stays. Besides what the renderer
 * reports, it warns when signatories approved an earlier text.
 */
public final class LetterPreview {
    /** What the preview shows right now. */
    public enum State { RENDERING, UP_TO_DATE, BLOCKED }

    /** The letter to render, as it stands, and to whom. */
    public record Request(CampaignData data, Recipient to) {
    }

    /**
     * The preview is laid out as the exported letter is, without PDF/A's tagging and checks: its pages
     * are the same pixel for pixel (PreviewLooksLikeExportTest, each sample letter) and it renders in
     * about three quarters of the time. Export and "Save as" render the PDF/A file anew.
     */
    static final RenderOptions PREVIEW = RenderOptions.DEFAULT.withArchival(Archival.NONE);

    private final Renderer renderer;
    private final PreviewRasterizer rasterizer;
    private final UiExecutor executor;
    private final Debouncer debouncer;
    private final Messages messages;
    private final StatusLine status;
    private final CampaignSession session;

    private final ObservableList<PreviewRasterizer.Page> pages = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.RENDERING);
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper();
    /** Milliseconds from the end of the typing pause to the first page of the new preview on screen. */
    private final LongProperty lastPreviewMillis = new SimpleLongProperty(-1);

    private RenderedLetter lastGood;
    private String lastGoodBody = "";
    private long generation;
    private UiExecutor.Job inFlight;

    public LetterPreview(Renderer renderer, PreviewRasterizer rasterizer, UiExecutor executor, Debouncer debouncer,
                         Messages messages, StatusLine status, CampaignSession session) {
        this.renderer = renderer;
        this.rasterizer = rasterizer;
        this.executor = executor;
        this.debouncer = debouncer;
        this.messages = messages;
        this.status = status;
        this.session = session;
    }

    /** Renders once input has paused; the request is taken as it stands then. */
    public void schedule(Supplier<Request> request) {
        debouncer.schedule(() -> refresh(request.get()));
    }

    /** Renders now and replaces the preview, page by page, unless a newer request comes first. */
    public void refresh(Request request) {
        long mine = ++generation;
        if (inFlight != null) {
            inFlight.cancel();
        }
        long started = System.nanoTime();
        state.set(State.RENDERING);
        inFlight = executor.submit(messages.get("task.preview"), progress -> {
            RenderedLetter letter;
            try {
                letter = renderer.render(request.data(), request.to(), PREVIEW);
            } catch (RenderException e) {
                return new Outcome(null, e.problems());
            }
            rasterizer.rasterize(letter.pdf(), page -> progress.publish(() -> showPage(mine, page, started)),
                    () -> progress.isCancelled() || mine != generation);
            return new Outcome(letter, letter.warnings());
        }, outcome -> finished(mine, request, outcome), failure -> {
            if (mine == generation) {
                state.set(State.BLOCKED);
                status.show(messages.get("status.previewFailed", failure.getMessage()));
            }
        });
    }

    private record Outcome(RenderedLetter letter, List<Problem> problems) {
    }

    private void showPage(long mine, PreviewRasterizer.Page page, long started) {
        if (mine != generation) {
            return;
        }
        if (page.number() == 1) {
            lastPreviewMillis.set((System.nanoTime() - started) / 1_000_000);
        }
        if (pages.size() >= page.number()) {
            pages.set(page.number() - 1, page);
        } else {
            pages.add(page);
        }
        if (page.number() == page.count() && pages.size() > page.count()) {
            pages.remove(page.count(), pages.size());
        }
    }

    private void finished(long mine, Request request, Outcome outcome) {
        if (mine != generation) {
            return;
        }
        problems.setAll(outcome.problems());
        List<Signatory> earlier = session.toAskAgain(request.data().letter());
        if (!earlier.isEmpty()) {
            // A warning, not a block: export asks first.
            problems.add(Problem.warning("signatories", messages.get("consent.askAgain", earlier.size(),
                    earlier.stream().map(Signatory::name).collect(Collectors.joining(", ")))));
        }
        blocked.set(outcome.letter() == null);
        if (blocked.get()) {
            state.set(State.BLOCKED);
            status.show(messages.get("status.blocked", outcome.problems().size()));
        } else {
            lastGood = outcome.letter();
            lastGoodBody = request.data().letter().body();
            state.set(State.UP_TO_DATE);
            status.show(messages.get("status.previewReady", pages.size()));
        }
    }

    public ObservableList<PreviewRasterizer.Page> pages() { return pages; }
    /** How wide the page is on paper, in points (an A4 page: 595.3). */
    public double widthInPoints(PreviewRasterizer.Page page) {
        return page.image().getWidth() * 72.0 / rasterizer.dpi();
    }
    /** What the latest render reported, blocking problems first as the renderer lists them. */
    public ObservableList<Problem> problems() { return problems; }
    public ObjectProperty<State> stateProperty() { return state; }
    public ReadOnlyBooleanProperty blockedProperty() { return blocked.getReadOnlyProperty(); }
    public boolean isBlocked() { return blocked.get(); }
    public LongProperty lastPreviewMillisProperty() { return lastPreviewMillis; }
    /** The PDF of the last render without a blocking problem: what is printed. */
    public java.util.Optional<RenderedLetter> lastGoodLetter() { return java.util.Optional.ofNullable(lastGood); }
    /** The body the last good letter was rendered from (empty before the first). */
    public String lastGoodBody() { return lastGoodBody; }
}
