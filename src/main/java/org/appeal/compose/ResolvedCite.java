package org.appeal.compose;

import org.appeal.domain.Pinpoint;
import org.appeal.domain.Source;

/**
 * A cited work once its key is looked up: the source, and the pinpoint the citation gives or, when it
 * gives none, the one of the evidence it names.
 */
record ResolvedCite(Source source, Pinpoint locator, String prefix, String suffix) {
}
