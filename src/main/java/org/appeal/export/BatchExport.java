package org.appeal.export;

import org.appeal.compose.BilingualRenderer;
import org.appeal.compose.Problem;
import org.appeal.compose.RenderException;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.Renderer;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.store.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Exports one PDF per recipient, each addressed as the letter's {@code addressing} says. Every
 * letter is checked before the first file is written, so a blocking problem for any recipient
 * leaves the folder untouched; then the letters are rendered on all cores and each is written
 * atomically as soon as it is done, in the recipients' order. Only a few PDFs are in memory at a
 * time, however many letters there are. Used by the app's "Export all" and by {@code appeal batch}.
 */
public final class BatchExport {
    /** Told after each step; {@code done} of {@code total}. */
    public interface Progress {
        void update(int done, int total, String message);

        /** The same step measured: letters per second and time left. */
        default void measured(BatchProgress progress) {
        }
    }

    public record Result(List<Path> files, List<Problem> warnings, boolean cancelled) {
        public Result {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    private final Renderer renderer;
    private final RenderOptions options;
    private final int threads;

    /** Exports as {@link RenderOptions#DEFAULT}: PDF/A-2. */
    public BatchExport(Renderer renderer) {
        this(renderer, RenderOptions.DEFAULT);
    }

    /** On as many threads as the machine has cores. */
    public BatchExport(Renderer renderer, RenderOptions options) {
        this(renderer, options, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param renderer gives each thread a renderer of its own ({@link Renderer#forAnotherThread()});
     *                 it is not itself used, so the app's preview may go on using it meanwhile
     * @param threads  how many letters are rendered at once, at least 1
     */
    public BatchExport(Renderer renderer, RenderOptions options, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.renderer = renderer;
        this.options = options;
        this.threads = threads;
    }

    /**
     * @throws RenderException        when a letter is refused (nothing was written)
     * @throws PartialExportException when a file cannot be written; the letters written before it stay
     * @throws IOException            when the folder cannot be made (nothing was written)
     */
    public Result export(CampaignData data, List<Recipient> recipients, Path folder, Progress progress,
                         BooleanSupplier cancelled) throws RenderException, IOException {
        return export(data, List.of(CampaignData.MAIN_LETTER), recipients, folder, progress, cancelled);
    }

    /**
     * What a file's name ends in for these versions: nothing for the main letter alone, else their
     * languages joined by {@code -} ({@code ko}, {@code en-ko}).
     */
    public static String languagesOf(CampaignData data, List<String> versions) {
        return versions.equals(List.of(CampaignData.MAIN_LETTER)) ? ""
                : String.join("-", versions.stream().map(v -> data.languageOf(v).orElse(v)).toList());
    }

    /**
     * @param versions the letters to print for each recipient: one (the main letter, or one of its
     *                 translations), or several for one bilingual PDF each. Files are named per
     *                 recipient (each addressed as that version's {@code addressing} says) and, for
     *                 anything but the main letter alone, end in the languages: {@code …_ko.pdf},
     *                 {@code …_en-ko.pdf}
     */
    public Result export(CampaignData data, List<String> versions, List<Recipient> recipients, Path folder,
                         Progress progress, BooleanSupplier cancelled) throws RenderException, IOException {
        CampaignData first = data.focusedOn(versions.get(0)).orElseThrow(() ->
                new IllegalArgumentException("no letter " + versions.get(0)));
        boolean bilingual = versions.size() > 1;
        int total = recipients.size();
        List<Problem> warnings = new ArrayList<>();
        try (LetterPool pool = new LetterPool(renderer, Math.max(1, Math.min(threads, total)))) {
            long checkStart = System.nanoTime();
            int checked = run(pool, total, (r, i) -> bilingual
                    ? new BilingualRenderer(r).check(data, versions, recipients.get(i), options)
                    : r.check(first, recipients.get(i), options), (i, found) -> {
                found.stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
                progress.update(i + 1, total * 2, "Checked the letter to " + recipients.get(i).name());
                progress.measured(BatchProgress.of(BatchProgress.Stage.CHECKING, i + 1, total,
                        System.nanoTime() - checkStart));
            }, cancelled);
            if (checked < total) {
                return new Result(List.of(), warnings, true);
            }
            Files.createDirectories(folder);
            ExportFileNames names = new ExportFileNames();
            String languages = languagesOf(data, versions);
            List<Path> files = recipients.stream()
                    .map(r -> folder.resolve(names.next(first.letter(), r, languages))).toList();
            List<Path> written = new ArrayList<>();
            long writeStart = System.nanoTime();
            int done = run(pool, total, (r, i) -> (bilingual
                    ? new BilingualRenderer(r).render(data, versions, recipients.get(i), options)
                    : r.render(first, recipients.get(i), options)).pdf(), (i, pdf) -> {
                try {
                    AtomicFile.write(files.get(i), pdf);
                } catch (IOException e) {
                    throw new PartialExportException(files.get(i), written, e);
                }
                written.add(files.get(i));
                progress.update(total + i + 1, total * 2, "Wrote " + files.get(i).getFileName());
                progress.measured(BatchProgress.of(BatchProgress.Stage.WRITING, i + 1, total,
                        System.nanoTime() - writeStart));
            }, cancelled);
            return new Result(written, warnings, done < total);
        }
    }

    private static <T> int run(LetterPool pool, int count, LetterPool.Job<T> job, LetterPool.Sink<T> sink,
                               BooleanSupplier cancelled) throws RenderException, IOException {
        try {
            return pool.run(count, job, sink, cancelled);
        } catch (RenderException | IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("a letter could not be rendered", e);
        }
    }
}
