package org.appeal.cli;

import org.appeal.compose.Archival;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --pdfa 2|3|none}: the archival level of the PDFs a command writes (PDF/A-2 unless told otherwise). */
final class ArchivalOption {
    @Option(names = "--pdfa", paramLabel = "2|3|none", defaultValue = "2", converter = Level.class,
            description = "2: PDF/A-2A (default); 3: PDF/A-3A with the printed signatory list attached as "
                    + "signatories.csv; none: a plain PDF")
    Archival archival;

    static final class Level implements ITypeConverter<Archival> {
        @Override
        public Archival convert(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "2" -> Archival.PDF_A_2;
                case "3" -> Archival.PDF_A_3_WITH_SIGNATORIES;
                case "none" -> Archival.NONE;
                default -> throw new TypeConversionException("expected 2, 3 or none, not '" + value + "'");
            };
        }
    }
}
