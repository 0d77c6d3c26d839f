package org.appeal.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * An organisation listed once by its full name and once by its acronym: "Human Rights Watch (HRW)"
 * and "HRW", or "Human Rights Watch" and "HRW" by its initials. Individuals have no acronyms, so the
 * rule leaves them alone.
 */
final class AcronymRule implements DuplicateRule {
    @Override
    public DuplicateSuggestion.Reason reason() {
        return DuplicateSuggestion.Reason.ACRONYM_MATCH;
    }

    @Override
    public List<NameKey> keys(Signatory s) {
        if (s.kind() != Signatory.Kind.ORGANISATION) {
            return List.of();
        }
        List<NameKey> keys = new ArrayList<>(4);
        String name = SignatoryNames.withoutTrailingAcronym(s.name());
        add(keys, SignatoryNames.compact(name), NameKey.Role.NAME, s.name());
        add(keys, SignatoryNames.compact(s.acronym()), NameKey.Role.ACRONYM, s.acronym().strip());
        SignatoryNames.trailingAcronym(s.name()).ifPresent(acronym ->
                add(keys, SignatoryNames.compact(acronym), NameKey.Role.ACRONYM, acronym));
        add(keys, SignatoryNames.initials(name), NameKey.Role.INITIALS, s.name());
        return keys;
    }

    private static void add(List<NameKey> keys, String value, NameKey.Role role, String shown) {
        if (!value.isEmpty()) {
            keys.add(new NameKey(value, role, shown));
        }
    }

    /** Acronym against name or acronym, initials against name: initials of two full names are no evidence. */
    @Override
    public boolean pairs(NameKey.Role first, NameKey.Role second) {
        return is(first, second, NameKey.Role.ACRONYM, NameKey.Role.NAME)
                || first == NameKey.Role.ACRONYM && second == NameKey.Role.ACRONYM
                || is(first, second, NameKey.Role.INITIALS, NameKey.Role.NAME);
    }

    private static boolean is(NameKey.Role first, NameKey.Role second, NameKey.Role one, NameKey.Role other) {
        return first == one && second == other || first == other && second == one;
    }

    @Override
    public String explain(Signatory a, NameKey ka, Signatory b, NameKey kb) {
        if (ka.role() == NameKey.Role.ACRONYM && kb.role() == NameKey.Role.ACRONYM) {
            return "'" + a.name() + "' and '" + b.name() + "' both use the acronym " + ka.shown();
        }
        boolean aIsShort = ka.role() == NameKey.Role.NAME;
        Signatory shortForm = aIsShort ? a : b;
        Signatory full = aIsShort ? b : a;
        NameKey fullKey = aIsShort ? kb : ka;
        String what = fullKey.role() == NameKey.Role.ACRONYM ? "the acronym" : "the initials";
        return "'" + shortForm.name() + "' is " + what + " of '" + full.name() + "'";
    }
}
