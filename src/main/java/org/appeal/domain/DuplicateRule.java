package org.appeal.domain;

import java.util.List;

/** One way two signatories of the same kind may turn out to be the same. */
interface DuplicateRule {
    DuplicateSuggestion.Reason reason();

    /** The keys {@code s} is filed under; none when the rule does not apply to it. */
    List<NameKey> keys(Signatory s);

    /** Whether two equal keys with these roles make a suggestion; must not depend on the order. */
    boolean pairs(NameKey.Role first, NameKey.Role second);

    /** Why {@code a} and {@code b}, filed under the equal keys {@code ka} and {@code kb}, may be the same. */
    String explain(Signatory a, NameKey ka, Signatory b, NameKey kb);
}
