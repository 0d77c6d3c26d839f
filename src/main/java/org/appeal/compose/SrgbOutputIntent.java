package org.appeal.compose;

import com.itextpdf.kernel.pdf.PdfOutputIntent;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;

/**
 * The output intent PDF/A requires for device colours: sRGB, the colour space of every colour and
 * image a letter uses. The profile is the JDK's own sRGB profile, so nothing needs to be bundled
 * (veraPDF accepts it: see {@code ArchivalPdfTest}).
 */
final class SrgbOutputIntent {
    private final byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** A new intent each time: its profile stream becomes an object of the one document it is added to. */
    PdfOutputIntent create() {
        return new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(profile));
    }
}
