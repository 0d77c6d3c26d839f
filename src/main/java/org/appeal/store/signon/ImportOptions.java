package org.appeal.store.signon;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;
import org.appeal.domain.Signatory;

/**
 * How to read a sign-on sheet and what to do with bad rows.
 *
 * @param encoding    the sheet's encoding; {@code null} to detect it (see {@link SheetEncoding})
 * @param mapping     explicit column mapping, {@code Header=field,...} (see {@link HeaderMapping}); empty for none
 * @param skipBadRows import the good rows and leave the rejected ones out, instead of importing nothing
 * @param defaultKind kind of a signatory whose row does not say it (no kind column, no organisation column)
 * @param dateOrder   how to read a date such as {@code 7/9/2025} whose year comes last
 */
public record ImportOptions(Charset encoding, String mapping, boolean skipBadRows, Signatory.Kind defaultKind,
                            DateOrder dateOrder) {
    /** Order of day, month and year in dates written with numbers only and the year not first. */
    public enum DateOrder {
        /** month/day/year, as Google Forms and Excel write dates in a US locale */
        MDY,
        /** day/month/year */
        DMY,
        /**
         * year/month/day, also when the year has two digits ({@code 26/05/11} is 11 May 2026); a
         * date written with a four-digit year last is read as {@link #UNDECIDED} reads it
         */
        YMD,
        /**
         * Not chosen: a date that reads as a real day only one way is that day; one that reads as two
         * ({@code 05/11/2026}: 5 November or 11 May) is rejected on its row, never guessed
         */
        UNDECIDED
    }

    public ImportOptions {
        mapping = mapping == null ? "" : mapping;
        Objects.requireNonNull(defaultKind, "defaultKind");
        Objects.requireNonNull(dateOrder, "dateOrder");
    }

    /**
     * Detect the encoding, match headers automatically, all or nothing; sheets without a kind
     * list organisations, since coalition letters are signed by organisations first of all.
     */
    public static ImportOptions defaults() {
        return new ImportOptions(null, "", false, Signatory.Kind.ORGANISATION, DateOrder.MDY);
    }

    public Optional<Charset> givenEncoding() {
        return Optional.ofNullable(encoding);
    }

    public ImportOptions withEncoding(Charset newEncoding) {
        return new ImportOptions(newEncoding, mapping, skipBadRows, defaultKind, dateOrder);
    }

    public ImportOptions withMapping(String newMapping) {
        return new ImportOptions(encoding, newMapping, skipBadRows, defaultKind, dateOrder);
    }

    public ImportOptions withSkipBadRows(boolean skip) {
        return new ImportOptions(encoding, mapping, skip, defaultKind, dateOrder);
    }

    public ImportOptions withDefaultKind(Signatory.Kind kind) {
        return new ImportOptions(encoding, mapping, skipBadRows, kind, dateOrder);
    }

    public ImportOptions withDateOrder(DateOrder order) {
        return new ImportOptions(encoding, mapping, skipBadRows, defaultKind, order);
    }
}
