package org.appeal.compose;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * PDF/A validation with veraPDF, the reference validator of the PDF Association: an independent
 * check, since iText checking its own output proves little.
 */
public final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /**
     * @param declared the flavour the file claims in its XMP ({@code pdfaid:part} + {@code conformance}), as veraPDF reads it
     * @param failures every failed rule: clause, test number, description and where
     */
    public record Report(PDFAFlavour declared, boolean compliant, List<String> failures) {
        @Override
        public String toString() {
            return "declared " + declared.getId() + ", " + (compliant ? "compliant" : "NOT compliant") + ", "
                    + failures.size() + " failed check(s)" + (failures.isEmpty() ? "" : ":\n  " + String.join("\n  ", failures));
        }
    }

    private VeraPdf() {
    }

    /** Validates against {@code flavour}, whatever the file claims. */
    public static Report validate(byte[] pdf, PDFAFlavour flavour) throws Exception {
        PDFAFlavour declared;
        try (PDFAParser detecting = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            declared = detecting.getFlavour();
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " [" + a.getLocation().getContext() + "]")
                    .distinct()
                    .toList();
            return new Report(declared, result.isCompliant(), failures);
        }
    }
}
