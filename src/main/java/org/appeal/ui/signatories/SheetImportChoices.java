package org.appeal.ui.signatories;

import org.appeal.store.signon.ImportOptions;
import org.appeal.store.signon.SheetEncoding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the user chose in the import wizard.
 *
 * @param encoding    the sheet's encoding by name, or empty to detect it
 * @param skipBadRows import the good rows and leave the rejected ones out
 * @param mapping     sheet header → what it is read as (a field or {@link SheetImportPreview#IGNORE}); empty: as recognised
 * @param dateOrder   how dates such as 05/11/2026 are read; {@link DateOrderChoice#UNDECIDED} until the
 *                    user chooses, so that a date that reads two ways is flagged on its row, never guessed
 */
public record SheetImportChoices(String encoding, boolean skipBadRows, Map<String, String> mapping,
                                 DateOrderChoice dateOrder) {
    public SheetImportChoices {
        encoding = encoding == null ? "" : encoding;
        mapping = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        dateOrder = dateOrder == null ? DateOrderChoice.UNDECIDED : dateOrder;
    }

    ImportOptions options() {
        ImportOptions options = ImportOptions.defaults().withSkipBadRows(skipBadRows).withDateOrder(dateOrder.order());
        if (!encoding.isEmpty()) {
            options = options.withEncoding(SheetEncoding.forName(encoding));
        }
        String explicit = mapping.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
        return explicit.isEmpty() ? options : options.withMapping(explicit);
    }
}
