package org.appeal.compose.sign;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;
import org.appeal.compose.FontLibrary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Signs a PDF with PAdES baseline B (ETSI.CAdES.detached), always as an incremental update: the
 * bytes of the PDF stay as they are and the signature is appended after them, so every
 * signature already in the PDF stays valid and organisations can sign one after another.
 */
public final class PdfSigner {
    private static final DateTimeFormatter SHOWN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final SignatureBox box;
    private final Clock clock;

    public PdfSigner(FontLibrary fonts) {
        this(fonts, Clock.systemUTC());
    }

    /** {@code clock} gives the signing time written into the signature. */
    public PdfSigner(FontLibrary fonts, Clock clock) {
        this.box = new SignatureBox(fonts);
        this.clock = clock;
    }

    public byte[] sign(byte[] pdf, SigningKey key, SignatureAppearance appearance) throws SigningException {
        Calendar now = GregorianCalendar.from(clock.instant().atZone(ZoneOffset.UTC));
        now.setTimeZone(TimeZone.getTimeZone("UTC"));
        SignerProperties properties = new SignerProperties().setClaimedSignDate(now);
        try (PdfDocument document = new PdfDocument(reader(pdf))) {
            String fieldName = SignatureFieldNames.next(document);
            properties.setFieldName(fieldName);
            if (appearance.visible()) {
                SignaturePlacement.Placement placement = SignaturePlacement.place(document, appearance);
                properties.setPageNumber(placement.page())
                        .setPageRect(placement.box())
                        .setSignatureAppearance(box.appearance(fieldName, lines(key, appearance, now), placement.box()));
            }
        } catch (ITextException e) {
            throw new SigningException("cannot read the PDF: " + e.getMessage(), e);
        }
        if (appearance.reason() != null) {
            properties.setReason(appearance.reason());
        }
        if (appearance.location() != null) {
            properties.setLocation(appearance.location());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
        try {
            // Append mode is what keeps earlier signatures valid; said here, not left to iText's default.
            new PdfPadesSigner(reader(pdf), out)
                    .setStampingProperties(new StampingProperties().useAppendMode())
                    .signWithBaselineBProfile(properties, key.chain().toArray(new Certificate[0]), key.privateKey());
        } catch (GeneralSecurityException e) {
            throw new SigningException("cannot sign with the key of " + key.signerName() + ": " + e.getMessage(), e);
        } catch (IOException | ITextException e) {
            throw new SigningException("cannot sign the PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static PdfReader reader(byte[] pdf) throws SigningException {
        try {
            return new PdfReader(new ByteArrayInputStream(pdf));
        } catch (IOException e) {
            throw new SigningException("cannot read the PDF: " + e.getMessage(), e);
        }
    }

    // What the box says: the same facts a viewer's signature panel shows.
    private static List<String> lines(SigningKey key, SignatureAppearance appearance, Calendar signedAt) {
        List<String> lines = new ArrayList<>();
        lines.add("Digitally signed by " + (appearance.signerName() != null ? appearance.signerName() : key.signerName()));
        lines.add("Date: " + SHOWN_TIME.format(signedAt.toInstant()));
        if (appearance.reason() != null) {
            lines.add("Reason: " + appearance.reason());
        }
        if (appearance.location() != null) {
            lines.add("Location: " + appearance.location());
        }
        return lines;
    }
}
