package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.DocumentRevision;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfRevisionsReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PDF as its incremental updates: the original file is revision 1, each update appended to it
 * (a signature, an edit) the next. Revision n is read by cutting the file after its end, which is
 * exactly what a reader saw before the later updates were appended.
 */
final class Revisions implements AutoCloseable {
    private final byte[] pdf;
    private final List<DocumentRevision> revisions;
    private final Map<Integer, PdfDocument> opened = new HashMap<>();

    private Revisions(byte[] pdf, List<DocumentRevision> revisions) {
        this.pdf = pdf;
        this.revisions = List.copyOf(revisions);
    }

    static Revisions of(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(new ByteArrayInputStream(pdf))) {
            return new Revisions(pdf, new PdfRevisionsReader(reader).getAllRevisions());
        }
    }

    int count() {
        return revisions.size();
    }

    /** The offset just after revision {@code index}'s last byte (0-based index). */
    long end(int index) {
        return revisions.get(index).getEofOffset();
    }

    /** The revision (0-based) whose bytes end at or after {@code offset}, or -1 past the file's end. */
    int containing(long offset) {
        for (int i = 0; i < revisions.size(); i++) {
            if (end(i) >= offset) {
                return i;
            }
        }
        return -1;
    }

    /** The last revision (0-based) that wrote object {@code number}, or -1 when none did. */
    int writing(int number) {
        for (int i = revisions.size() - 1; i >= 0; i--) {
            for (PdfIndirectReference reference : revisions.get(i).getModifiedObjects()) {
                if (reference.getObjNumber() == number) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether the bytes from {@code from} up to {@code to} are nothing but line ends (as after "%%EOF"). */
    boolean onlyLineEnds(long from, long to) {
        for (long i = from; i < to && i < pdf.length; i++) {
            if (pdf[(int) i] != '\n' && pdf[(int) i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * How many bytes follow the last revision that are not blank: an update without a readable
     * cross-reference section. iText ignores them, but readers that repair files may use them.
     */
    long unattachedBytes() {
        long count = 0;
        for (long i = end(revisions.size() - 1); i < pdf.length; i++) {
            byte b = pdf[(int) i];
            if (b != '\n' && b != '\r' && b != ' ' && b != '\t' && b != '\f' && b != 0) {
                count++;
            }
        }
        return count;
    }

    /** The objects revision {@code index} wrote: added, replaced or freed. */
    Set<PdfIndirectReference> written(int index) {
        return revisions.get(index).getModifiedObjects();
    }

    /** The document as it was when revision {@code index} was the last one. */
    PdfDocument document(int index) throws IOException {
        PdfDocument document = opened.get(index);
        if (document == null) {
            byte[] prefix = Arrays.copyOf(pdf, Math.toIntExact(end(index)));
            document = new PdfDocument(new PdfReader(new ByteArrayInputStream(prefix)));
            opened.put(index, document);
        }
        return document;
    }

    @Override
    public void close() {
        opened.values().forEach(PdfDocument::close);
        opened.clear();
    }
}
