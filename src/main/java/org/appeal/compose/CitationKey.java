package org.appeal.compose;

import java.util.regex.Pattern;

/**
 * A citation key that data supplies to a template, such as a resolution's id, so that a body can
 * write {@code [$history.ga.latest.number](@$history.ga.latest.key)} and the link follows the data.
 * Inserted without escaping, which is safe because only letters, digits and {@code _.:/-} are
 * accepted: such a value can never open or close Markdown or a citation.
 */
public record CitationKey(String key) {
    private static final Pattern WELL_FORMED = Pattern.compile(CitationSyntax.KEY);

    public CitationKey {
        if (key == null || !WELL_FORMED.matcher(key).matches()) {
            throw new IllegalArgumentException("not a citation key: '" + key + "'");
        }
    }

    /** The key, or {@code null} (which a template reports as "has no value") when {@code id} cannot be one. */
    public static CitationKey ofOrNull(String id) {
        return id != null && WELL_FORMED.matcher(id).matches() ? new CitationKey(id) : null;
    }

    @Override
    public String toString() {
        return key;
    }
}
