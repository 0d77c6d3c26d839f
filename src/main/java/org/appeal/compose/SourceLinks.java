package org.appeal.compose;

import org.appeal.domain.LinkTarget;
import org.appeal.domain.Source;

import java.util.Optional;

/** Where a cited source can be read: its own URL, or a UN document's page at the official symbol resolver. */
final class SourceLinks {
    static final String UN_SYMBOL_RESOLVER = "https://undocs.org/";

    private SourceLinks() {
    }

    /**
     * The link for a source, empty when it has neither a URL nor a UN document symbol, or when its
     * URL is not one a letter may link to ({@link #problem} says so, and the render is refused).
     */
    static String url(Source source) {
        if (!source.url().isBlank()) {
            return problem(source).isPresent() ? "" : source.url().strip();
        }
        String symbol = source.symbol().strip();
        return isUnSymbol(symbol) ? UN_SYMBOL_RESOLVER + symbol : "";
    }

    /** Why the source's own URL may not become a link in a letter; empty when it may, or it has none. */
    static Optional<String> problem(Source source) {
        return source.url().isBlank() ? Optional.empty() : LinkTarget.problem(source.url().strip());
    }

    /** UN symbols are series of parts separated by "/" (A/RES/79/181, A/HRC/25/63). */
    static boolean isUnSymbol(String symbol) {
        return symbol.strip().matches("[A-Z][A-Za-z0-9.()/-]*/[A-Za-z0-9.()/-]+");
    }
}
