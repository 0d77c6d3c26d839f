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
 * Signs a PDF with PAdES (ETSI.CAdES.detached) at baseline B, T, LT or LTA (see
 * {@link SignatureLevel}), always as an incremental update: the bytes of the PDF stay as they are
 * and the signature is appended after them, so every signature already in the PDF stays valid and
 * organisations can sign one after another. Above B the timestamp server is asked over the
 * network; for LT and LTA so are the revocation services the certificates name (their CRL
 * distribution points, OCSP responders). A level that cannot be reached is refused, never
 * quietly lowered.
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

    /** Baseline B: no timestamp, no validation data. */
    public byte[] sign(byte[] pdf, SigningKey key, SignatureAppearance appearance) throws SigningException {
        return sign(pdf, key, appearance, SigningProfile.BASELINE_B);
    }

    public byte[] sign(byte[] pdf, SigningKey key, SignatureAppearance appearance, SigningProfile profile)
            throws SigningException {
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
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
        Certificate[] chain = key.chain().toArray(new Certificate[0]);
        try {
            // Append mode is what keeps earlier signatures valid; said here, not left to iText's default.
            PdfPadesSigner signer = new PdfPadesSigner(reader(pdf), out)
                    .setStampingProperties(new StampingProperties().useAppendMode());
            switch (profile.level()) {
                case B -> signer.signWithBaselineBProfile(properties, chain, key.privateKey());
                case T -> signer.signWithBaselineTProfile(properties, chain, key.privateKey(), timestamps(profile));
                case LT -> signer.signWithBaselineLTProfile(properties, chain, key.privateKey(), timestamps(profile));
                case LTA -> signer.setTimestampSignatureName(timestampFieldName(pdf))
                        .signWithBaselineLTAProfile(properties, chain, key.privateKey(), timestamps(profile));
            }
        } catch (GeneralSecurityException e) {
            String reason = reason(profile, key, e);
            throw new SigningException(reason.startsWith("cannot sign the PDF: ")
                    ? "cannot sign with the key of " + key.signerName() + ": " + e.getMessage() : reason, e);
        } catch (IOException | ITextException e) {
            throw new SigningException(reason(profile, key, e), e);
        }
        byte[] signed = out.toByteArray();
        if (profile.level() == SignatureLevel.LT || profile.level() == SignatureLevel.LTA) {
            requireRevocationData(signed, key);
        }
        return signed;
    }

    private static TimestampServer timestamps(SigningProfile profile) {
        return new TimestampServer(profile.timestampServer());
    }

    /** "Timestamp1", or the next number free, for the document timestamp of LTA. */
    private static String timestampFieldName(byte[] pdf) throws SigningException {
        try (PdfDocument document = new PdfDocument(reader(pdf))) {
            com.itextpdf.forms.PdfAcroForm form = com.itextpdf.forms.PdfAcroForm.getAcroForm(document, false);
            java.util.Set<String> taken = form == null ? java.util.Set.of() : form.getAllFormFields().keySet();
            int n = 1;
            while (taken.contains("Timestamp" + n)) {
                n++;
            }
            return "Timestamp" + n;
        }
    }

    /** What went wrong, in the words a user can act on: which server, which certificate. */
    private static String reason(SigningProfile profile, SigningKey key, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TimestampServer.Failure failure) {
                return "cannot sign at level " + profile.level() + ": " + failure.getMessage();
            }
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("doesn't contain revocation data sources")) {
            return "cannot sign at level " + profile.level() + ": the certificate of " + key.signerName()
                    + " names no CRL or OCSP service, so there is no revocation data to embed (sign at level T instead,"
                    + " or use a certificate from an authority that publishes revocation data)";
        }
        return "cannot sign the PDF: " + message;
    }

    private static void requireRevocationData(byte[] signed, SigningKey key) throws SigningException {
        ValidationData data;
        try (PdfDocument document = new PdfDocument(reader(signed))) {
            data = ValidationData.of(document);
        }
        if (!data.hasRevocationData()) {
            throw new SigningException("cannot sign at level LT: no revocation data (CRL or OCSP response) could be had"
                    + " for the certificate of " + key.signerName() + ", so the signature could not be checked once it"
                    + " expires; nothing was written");
        }
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
