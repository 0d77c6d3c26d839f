package org.appeal.compose.sign;

import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.xmp.XMPException;
import com.itextpdf.kernel.xmp.XMPIterator;
import com.itextpdf.kernel.xmp.XMPMetaFactory;
import com.itextpdf.kernel.xmp.properties.XMPPropertyInfo;

import java.util.Set;
import java.util.TreeSet;

/** Whether an update changed the XMP metadata beyond what every signing tool stamps (modification date, producer). */
final class MetadataChanges {
    private static final String NS_XMP = "http://ns.adobe.com/xap/1.0/";
    private static final String NS_PDF = "http://ns.adobe.com/pdf/1.3/";

    private MetadataChanges() {
    }

    /** What changed, as a sentence, or null when only the stamps did. */
    static String between(PdfStream old, PdfObject now) {
        if (!(now instanceof PdfStream stream)) {
            return "the XMP metadata was replaced";
        }
        try {
            if (!properties(old.getBytes()).equals(properties(stream.getBytes()))) {
                return "the XMP metadata changed beyond its modification date and producer";
            }
            return null;
        } catch (XMPException | RuntimeException e) {
            return "the XMP metadata changed and cannot be read";
        }
    }

    // Every signing tool stamps its own modification date and producer; those say nothing about content.
    private static Set<String> properties(byte[] xmp) throws XMPException {
        Set<String> properties = new TreeSet<>();
        XMPIterator iterator = XMPMetaFactory.parseFromBuffer(xmp).iterator();
        while (iterator.hasNext()) {
            XMPPropertyInfo property = (XMPPropertyInfo) iterator.next();
            String path = property.getPath() == null ? "" : property.getPath();
            String local = path.substring(path.indexOf(':') + 1);
            boolean stamp = NS_XMP.equals(property.getNamespace()) && (local.equals("ModifyDate") || local.equals("MetadataDate"))
                    || NS_PDF.equals(property.getNamespace()) && local.equals("Producer");
            if (!stamp && property.getValue() != null) {
                properties.add(property.getNamespace() + " " + path + "=" + property.getValue());
            }
        }
        return properties;
    }
}
