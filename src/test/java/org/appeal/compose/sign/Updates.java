package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Incremental updates as an attacker writes them: with iText's low-level API in append mode (the
 * signed bytes stay as they are), or by hand when the update is one iText would not write (a
 * trailer pointing elsewhere, a cross-reference entry without an object, no cross-reference at all).
 */
public final class Updates {
    /** A change made to the document opened in append mode. */
    public interface Change {
        void apply(PdfDocument document) throws IOException;
    }

    private Updates() {
    }

    /** Appends one incremental update holding whatever {@code change} does to the document. */
    public static byte[] append(byte[] pdf, Change change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out),
                new StampingProperties().useAppendMode())) {
            change.apply(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A hand-written update: its objects, cross-reference entries and trailer, each set by the test. */
    public static final class Raw {
        private final byte[] pdf;
        private final Map<Integer, String> objects = new LinkedHashMap<>();
        private final Map<Integer, String> unlisted = new LinkedHashMap<>();
        private final Map<Integer, Long> entries = new LinkedHashMap<>();
        private final Map<String, String> trailer = new LinkedHashMap<>();
        private boolean crossReference = true;

        private Raw(byte[] pdf) {
            this.pdf = pdf;
        }

        /** Adds (or replaces) object {@code number} with {@code body}, the text between "obj" and "endobj". */
        public Raw object(int number, String body) {
            objects.put(number, body);
            return this;
        }

        /** Writes object {@code number} into the file but leaves it out of the cross-reference: nobody reads it yet. */
        public Raw unlisted(int number, String body) {
            unlisted.put(number, body);
            return this;
        }

        /** A cross-reference entry sending object {@code number} to {@code offset}, with no object written. */
        public Raw entry(int number, long offset) {
            entries.put(number, offset);
            return this;
        }

        /** Sets a trailer entry, e.g. {@code ("Root", "12 0 R")}. */
        public Raw trailer(String key, String value) {
            trailer.put(key, value);
            return this;
        }

        /** Writes the objects and "%%EOF" without any cross-reference section or trailer. */
        public Raw withoutCrossReference() {
            crossReference = false;
            return this;
        }

        public byte[] write() {
            StringBuilder text = new StringBuilder("\n");
            long base = pdf.length;
            Map<Integer, Long> offsets = new LinkedHashMap<>(entries);
            for (Map.Entry<Integer, String> object : unlisted.entrySet()) {
                text.append(object.getKey()).append(" 0 obj\n").append(object.getValue()).append("\nendobj\n");
            }
            for (Map.Entry<Integer, String> object : objects.entrySet()) {
                offsets.put(object.getKey(), base + text.length());
                text.append(object.getKey()).append(" 0 obj\n").append(object.getValue()).append("\nendobj\n");
            }
            if (crossReference) {
                long xref = base + text.length();
                text.append("xref\n0 1\n0000000000 65535 f \n");
                for (Map.Entry<Integer, Long> offset : offsets.entrySet()) {
                    text.append(offset.getKey()).append(" 1\n").append(String.format("%010d 00000 n \n", offset.getValue()));
                }
                text.append("trailer\n<<");
                previousTrailer().forEach((key, value) -> text.append('/').append(key).append(' ').append(value).append(' '));
                text.append(">>\nstartxref\n").append(xref).append('\n');
            }
            text.append("%%EOF\n");
            byte[] update = text.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] result = new byte[pdf.length + update.length];
            System.arraycopy(pdf, 0, result, 0, pdf.length);
            System.arraycopy(update, 0, result, pdf.length, update.length);
            return result;
        }

        private Map<String, String> previousTrailer() {
            Map<String, String> values = new LinkedHashMap<>();
            try (PdfReader reader = new PdfReader(new ByteArrayInputStream(pdf));
                 PdfDocument document = new PdfDocument(reader)) {
                PdfDictionary old = document.getTrailer();
                int size = document.getNumberOfPdfObjects();
                for (int number : objects.keySet()) {
                    size = Math.max(size, number + 1);
                }
                values.put("Size", String.valueOf(size));
                values.put("Root", reference(old, PdfName.Root));
                if (old.get(PdfName.Info, false) != null) {
                    values.put("Info", reference(old, PdfName.Info));
                }
                values.put("Prev", String.valueOf(reader.getLastXref()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            values.putAll(trailer);
            return values;
        }

        private static String reference(PdfDictionary trailer, PdfName key) {
            PdfIndirectReference reference = (PdfIndirectReference) trailer.get(key, false);
            return reference.getObjNumber() + " " + reference.getGenNumber() + " R";
        }
    }

    /** {@code object} written as PDF syntax (no streams): what a hand-written update puts between "obj" and "endobj". */
    public static String text(PdfObject object) {
        if (object == null || object.isNull()) {
            return "null";
        }
        if (object.isIndirectReference()) {
            PdfIndirectReference reference = (PdfIndirectReference) object;
            return reference.getObjNumber() + " " + reference.getGenNumber() + " R";
        }
        if (object instanceof PdfDictionary dictionary) {
            StringBuilder text = new StringBuilder("<<");
            for (PdfName key : dictionary.keySet()) {
                text.append(key).append(' ').append(text(dictionary.get(key, false))).append(' ');
            }
            return text.append(">>").toString();
        }
        if (object instanceof PdfArray array) {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < array.size(); i++) {
                text.append(text(array.get(i, false))).append(' ');
            }
            return text.append(']').toString();
        }
        if (object instanceof PdfString string) {
            return "<" + java.util.HexFormat.of().formatHex(string.getValueBytes()) + ">";
        }
        return object.toString();
    }

    /** Where the last definition of object {@code number} starts in {@code pdf} (its "N 0 obj" line). */
    public static long lastDefinition(byte[] pdf, int number) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("\n" + number + " 0 obj");
        if (at < 0) {
            throw new IllegalArgumentException("object " + number + " is not written in the file");
        }
        return at + 1;
    }

    /** Starts a hand-written update to {@code pdf}. */
    public static Raw raw(byte[] pdf) {
        return new Raw(pdf);
    }
}
