package org.appeal.compose;

import org.appeal.domain.Pinpoint;

/**
 * One work cited in a citation: {@code see @rok-pledges-2024, para. 8, emphasis added} is the key
 * with a prefix, a locator and a suffix.
 *
 * @param locator where in the work, {@code null} when the citation gives none
 */
record CiteItem(String key, String prefix, Pinpoint locator, String suffix) {
    CiteItem {
        prefix = prefix == null ? "" : prefix.strip();
        suffix = suffix == null ? "" : suffix.strip();
    }
}
