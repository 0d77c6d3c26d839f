package org.appeal.domain;

import java.util.List;

/** Names equal once case, punctuation, spacing and a trailing "(ACRONYM)" are ignored. */
final class SameNameRule implements DuplicateRule {
    @Override
    public DuplicateSuggestion.Reason reason() {
        return DuplicateSuggestion.Reason.SAME_NORMALISED_NAME;
    }

    @Override
    public List<NameKey> keys(Signatory s) {
        String key = SignatoryNames.compact(SignatoryNames.withoutTrailingAcronym(s.name()));
        return key.isEmpty() ? List.of() : List.of(new NameKey(key, NameKey.Role.NAME, s.name()));
    }

    @Override
    public boolean pairs(NameKey.Role first, NameKey.Role second) {
        return true;
    }

    @Override
    public String explain(Signatory a, NameKey ka, Signatory b, NameKey kb) {
        if (a.name().equals(b.name())) {
            return "both are named '" + a.name() + "'";
        }
        return "'" + a.name() + "' and '" + b.name() + "' differ only in case, punctuation, spacing"
                + " or a trailing acronym";
    }
}
