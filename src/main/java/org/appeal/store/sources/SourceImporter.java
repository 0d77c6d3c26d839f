package org.appeal.store.sources;

import java.nio.file.Path;
import java.util.Optional;
import org.appeal.domain.Source;
import org.appeal.store.ImportException;
import org.appeal.store.ImportProblem;

/**
 * Imports a text, Markdown or PDF document as a {@link Source}: the metadata the person gives, and
 * the document's text split into numbered paragraphs (see {@link ParagraphSplitter}) so that
 * evidence can cite "para. 8". The text is stored as written; nothing in it is interpreted.
 */
public final class SourceImporter {
    private final ParagraphSplitter splitter = new ParagraphSplitter();

    /**
     * @throws ImportException naming the file, when it is not a .txt, .md or .pdf file, cannot be
     *                         read, is not UTF-8 text, is a damaged or password-protected PDF, or holds
     *                         no paragraph at all
     */
    public Source importFile(Path file, SourceMetadata metadata) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        SourceFormat format = SourceFormat.of(file).orElseThrow(() -> new ImportException(new ImportProblem(name, 0, "",
                "not a text, Markdown or PDF file (expected .txt, .md or .pdf)"), null));
        String text;
        Optional<String> embeddedTitle = Optional.empty();
        if (format == SourceFormat.PDF) {
            PdfText.Extracted pdf = PdfText.read(file, name);
            text = pdf.text();
            embeddedTitle = pdf.title();
        } else {
            text = TextFiles.read(file, name);
        }
        SplitText split = splitter.split(text, format);
        if (split.paragraphs().isEmpty()) {
            throw new ImportException(new ImportProblem(name, 0, "", "the document has no paragraphs of text"), null);
        }
        String title = !metadata.title().isEmpty() ? metadata.title()
                : embeddedTitle.or(() -> TextBlocks.title(text)).orElse("");
        return new Source(metadata.id(), title, metadata.issuingBody(), metadata.symbol(), metadata.date(),
                metadata.url(), split.paragraphs(), split.unnumbered());
    }
}
