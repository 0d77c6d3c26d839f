package org.appeal.store.bundle;

import org.appeal.domain.Source;

/**
 * A row of {@code sources.csv}: the source's description, and where its text is in the bundle.
 *
 * @param source   the source, without its text until {@link #textFile} is read
 * @param textFile path of the text inside the bundle, empty when the library does not have the text
 * @param line     the row's line, where a text file that cannot be read is reported
 */
record SourceEntry(Source source, String textFile, long line) {
}
