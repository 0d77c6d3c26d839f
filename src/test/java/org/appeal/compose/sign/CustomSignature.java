package org.appeal.compose.sign;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfLiteral;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * A real signature (CMS, adbe.pkcs7.detached, made with BouncyCastle) whose field, appearance and
 * byte range the test chooses: what an attacker with a valid certificate can build. Built like
 * iText's own signer: placeholders for /ByteRange and /Contents are written in append mode, then
 * filled in once the offsets are known.
 */
public final class CustomSignature {
    private static final int CONTENTS_BYTES = 8192;

    /** Puts the signature field holding {@code value} on the document: widget, appearance, form and page. */
    public interface Field {
        void place(PdfDocument document, PdfDictionary value) throws Exception;
    }

    /** Chooses the byte range from the natural one {@code [0, gapStart, gapEnd, end - gapEnd]} and the file's length. */
    public interface Layout {
        long[] ranges(long gapStart, long gapEnd, long length);
    }

    /** The byte range every proper signature has: everything but the /Contents value. */
    public static final Layout PROPER = (gapStart, gapEnd, length) -> new long[] {0, gapStart, gapEnd, length - gapEnd};

    private CustomSignature() {
    }

    /** What goes into /Contents, given the bytes the byte range covers. */
    public interface Value {
        byte[] contents(byte[] signedBytes) throws Exception;
    }

    /** A proper CMS signature by {@code key} over the signed bytes. */
    public static Value cms(SigningKey key) {
        return signedBytes -> cms(signedBytes, key);
    }

    /** Changes the signature dictionary before it is written (a wrong /SubFilter, a /Cert entry, …). */
    public interface Tweak {
        void apply(PdfDictionary value);
    }

    public static byte[] sign(byte[] pdf, SigningKey key, Field field, Layout layout) {
        return sign(pdf, field, layout, cms(key), value -> { }, CONTENTS_BYTES);
    }

    /**
     * Signs with everything chosen: the field, the byte range, what /Contents holds, the dictionary's
     * other entries, and the room for /Contents in bytes ({@code contentsBytes} zero gives "<>").
     */
    public static byte[] sign(byte[] pdf, Field field, Layout layout, Value contentsValue, Tweak tweak, int contentsBytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfLiteral byteRange = new PdfLiteral(120);
            PdfLiteral contents = new PdfLiteral(contentsBytes * 2 + 2);
            try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out),
                    new StampingProperties().useAppendMode())) {
                PdfDictionary value = new PdfDictionary();
                value.put(PdfName.Type, PdfName.Sig);
                value.put(PdfName.Filter, PdfName.Adobe_PPKLite);
                value.put(PdfName.SubFilter, PdfName.Adbe_pkcs7_detached);
                value.put(PdfName.M, new PdfDate().getPdfObject());
                value.put(PdfName.ByteRange, byteRange);
                value.put(PdfName.Contents, contents);
                tweak.apply(value);
                value.makeIndirect(document);
                field.place(document, value);
                value.flush(false);
            }
            byte[] bytes = out.toByteArray();
            long gapStart = contents.getPosition();
            long gapEnd = gapStart + contents.getBytesCount();
            long[] ranges = layout.ranges(gapStart, gapEnd, bytes.length);
            StringBuilder range = new StringBuilder("[");
            for (long number : ranges) {
                range.append(number).append(' ');
            }
            range.append(']');
            write(bytes, byteRange.getPosition(), byteRange.getBytesCount(), range.toString());
            byte[] signature = contentsValue.contents(signedBytes(bytes, ranges));
            String hex = "<" + HexFormat.of().formatHex(signature) + "0".repeat(contentsBytes * 2 - signature.length * 2) + ">";
            write(bytes, gapStart, contents.getBytesCount(), hex);
            return bytes;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new signature field on page 1 with the given box and appearance (null for none), holding the signature. */
    public static Field newField(String name, Rectangle box, PdfStream appearance) {
        return (document, value) -> {
            PdfDictionary widget = Annotations.signatureWidget(document, name, box, appearance);
            widget.put(PdfName.V, value);
            Annotations.addToPage(document.getPage(1), widget);
            Annotations.addToForm(document, widget);
        };
    }

    /** An appearance stream with box {@code bbox} and the given content operators; /Helv is Helvetica. */
    public static PdfStream appearance(Rectangle bbox, String content) {
        PdfStream stream = new PdfStream(content.getBytes(StandardCharsets.ISO_8859_1));
        stream.put(PdfName.Type, PdfName.XObject);
        stream.put(PdfName.Subtype, PdfName.Form);
        stream.put(PdfName.BBox, new PdfArray(bbox));
        PdfDictionary font = new PdfDictionary();
        font.put(PdfName.Type, PdfName.Font);
        font.put(PdfName.Subtype, PdfName.Type1);
        font.put(PdfName.BaseFont, new PdfName("Helvetica"));
        PdfDictionary fonts = new PdfDictionary();
        fonts.put(new PdfName("Helv"), font);
        PdfDictionary resources = new PdfDictionary();
        resources.put(PdfName.Font, fonts);
        stream.put(PdfName.Resources, resources);
        return stream;
    }

    private static byte[] signedBytes(byte[] bytes, long[] ranges) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int i = 0; i + 1 < ranges.length; i += 2) {
            data.write(bytes, (int) ranges[i], (int) Math.min(ranges[i + 1], bytes.length - ranges[i]));
        }
        return data.toByteArray();
    }

    private static byte[] cms(byte[] data, SigningKey key) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate()));
        generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
        return generator.generate(new CMSProcessableByteArray(data), false).getEncoded();
    }

    private static void write(byte[] bytes, long at, int room, String text) {
        byte[] value = text.getBytes(StandardCharsets.ISO_8859_1);
        if (value.length > room) {
            throw new IllegalStateException("no room for " + text.length() + " bytes in a placeholder of " + room);
        }
        System.arraycopy(value, 0, bytes, (int) at, value.length);
    }
}
