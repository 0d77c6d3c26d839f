package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.SignatureUtil;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** Tampering with the timestamp token inside a signature, for tests. */
public final class TimestampTokens {
    private TimestampTokens() {
    }

    /**
     * The PDF with one digit of the timestamp token's time changed, in the hex of the signature's
     * /Contents: the token still parses, but its authority's signature no longer matches it.
     */
    public static byte[] flipTime(byte[] signed) throws Exception {
        byte[] genTime;
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed)))) {
            byte[] contents = new SignatureUtil(document).getSignature("Signature1").getContents().getValueBytes();
            CMSSignedData cms = new CMSSignedData(contents);
            var attribute = cms.getSignerInfos().getSigners().iterator().next().getUnsignedAttributes()
                    .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            TimeStampToken token = new TimeStampToken(new CMSSignedData(
                    attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            genTime = token.getTimeStampInfo().toASN1Structure().getGenTime().getEncoded();
        }
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        for (String hex : new String[] {HexFormat.of().withUpperCase().formatHex(genTime), HexFormat.of().formatHex(genTime)}) {
            int at = text.indexOf(hex);
            if (at >= 0) {
                // The year's first digit, '2' (hex 32), becomes '3' (hex 33): a valid time, in another millennium.
                int digit = at + 5;
                assertThat(text.charAt(digit)).isEqualTo('2');
                byte[] flipped = signed.clone();
                flipped[digit] = '3';
                return flipped;
            }
        }
        throw new AssertionError("the token's time is not in the signature's /Contents");
    }
}
