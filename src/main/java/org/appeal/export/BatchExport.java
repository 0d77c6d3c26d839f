package org.appeal.export;

import org.appeal.compose.BilingualRenderer;
import org.appeal.compose.Problem;
import org.appeal.compose.RenderException;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.RenderedLetter;
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
 * Exports one PDF per recipient. Every letter is rendered before the first file is written, so a
 * blocking problem for any recipient leaves the folder untouched; each file is then written
 * atomically. Used by the app's "Export all" and by {@code appeal batch}.
 */
public final class BatchExport {
    /** Told after each step; {@code done} of {@code total}. */
    public interface Progress {
        void update(int done, int total, String message);
    }

    public record Result(List<Path> files, List<Problem> warnings, boolean cancelled) {
        public Result {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    private final Renderer renderer;
    private final RenderOptions options;

    /** Exports as {@link RenderOptions#DEFAULT}: PDF/A-2. */
    public BatchExport(Renderer renderer) {
        this(renderer, RenderOptions.DEFAULT);
    }

    public BatchExport(Renderer renderer, RenderOptions options) {
        this.renderer = renderer;
        this.options = options;
    }

    /**
     * @throws PartialExportException when a file cannot be written; the letters written before it stay
     * @throws IOException            when the folder cannot be made (nothing was written)
     */
    public Result export(CampaignData data, List<Recipient> recipients, Path folder, Progress progress,
                         BooleanSupplier cancelled) throws RenderException, IOException {
        return export(data, List.of(CampaignData.MAIN_LETTER), recipients, folder, progress, cancelled);
    }

    /**
     * @param versions the letters to print for each recipient: one (the main letter, or one of its
     *                 translations), or several for one bilingual PDF each. A file of anything but the
     *                 main letter alone ends in its languages: {@code …_ko.pdf}, {@code …_en-ko.pdf}
     */
    /**
     * What a file's name ends in for these versions: nothing for the main letter alone, else their
     * languages joined by {@code -} ({@code ko}, {@code en-ko}).
     */
    public static String languagesOf(CampaignData data, List<String> versions) {
        return versions.equals(List.of(CampaignData.MAIN_LETTER)) ? ""
                : String.join("-", versions.stream().map(v -> data.languageOf(v).orElse(v)).toList());
    }

    public Result export(CampaignData data, List<String> versions, List<Recipient> recipients, Path folder,
                         Progress progress, BooleanSupplier cancelled) throws RenderException, IOException {
        int total = recipients.size() * 2;
        List<RenderedLetter> letters = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        CampaignData first = data.focusedOn(versions.get(0)).orElseThrow(() ->
                new IllegalArgumentException("no letter " + versions.get(0)));
        for (Recipient recipient : recipients) {
            if (cancelled.getAsBoolean()) {
                return new Result(List.of(), warnings, true);
            }
            RenderedLetter letter = versions.size() == 1 ? renderer.render(first, recipient, options)
                    : new BilingualRenderer(renderer).render(data, versions, recipient, options);
            letters.add(letter);
            letter.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
            progress.update(letters.size(), total, "Rendered the letter to " + recipient.name());
        }
        Files.createDirectories(folder);
        ExportFileNames names = new ExportFileNames();
        String languages = languagesOf(data, versions);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return new Result(written, warnings, true);
            }
            Path file = folder.resolve(names.next(first.letter(), recipients.get(i), languages));
            try {
                AtomicFile.write(file, letters.get(i).pdf());
            } catch (IOException e) {
                throw new PartialExportException(file, written, e);
            }
            written.add(file);
            progress.update(recipients.size() + i + 1, total, "Wrote " + file.getFileName());
        }
        return new Result(written, warnings, false);
    }
}
