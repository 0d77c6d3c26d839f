package org.appeal.compose;

import org.appeal.domain.Source;

/** Where a cited source can be read: its own URL, or a UN document's page at the official symbol resolver. */
final class SourceLinks {
    static final String UN_SYMBOL_RESOLVER = "https://undocs.org/";

    private SourceLinks() {
    }

    /** The link for a source, empty when it has neither a URL nor a UN document symbol. */
    static String url(Source source) {
        if (!source.url().isBlank()) {
            return source.url().strip();
        }
        String symbol = source.symbol().strip();
        return isUnSymbol(symbol) ? UN_SYMBOL_RESOLVER + symbol : "";
    }

    /** UN symbols are series of parts separated by "/" (A/RES/79/181, A/HRC/25/63). */
    static boolean isUnSymbol(String symbol) {
        return symbol.strip().matches("[A-Z][A-Za-z0-9.()/-]*/[A-Za-z0-9.()/-]+");
    }
}
