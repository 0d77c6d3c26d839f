package org.appeal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A signatory whose name gives both forms, "김민석 (Kim Min-seok)" or "Kim Min-seok (김민석)", or
 * whose second-script name gives the other form, and
 * another whose name is one of those forms: the Hangul one exactly, the romanised one exactly or,
 * for individuals, as a romanisation variant ("Gim Min-seok"). No transliteration is attempted:
 * a Hangul name is only matched to a romanised one through a record that states both.
 */
final class HangulRule implements DuplicateRule {
    private static final String NAME = "n:";
    private static final String ROMANISED = "r:";

    @Override
    public DuplicateSuggestion.Reason reason() {
        return DuplicateSuggestion.Reason.HANGUL_ROMANISED;
    }

    @Override
    public List<NameKey> keys(Signatory s) {
        List<NameKey> keys = new ArrayList<>();
        boolean individual = s.kind() == Signatory.Kind.INDIVIDUAL;
        Optional<SignatoryNames.Bilingual> bilingual = SignatoryNames.bilingual(s);
        bilingual.ifPresent(both -> {
            keys.add(new NameKey(NAME + SignatoryNames.compact(both.hangul()), NameKey.Role.BILINGUAL, both.hangul()));
            keys.add(new NameKey(NAME + SignatoryNames.compact(both.latin()), NameKey.Role.BILINGUAL, both.latin()));
            if (individual) {
                SignatoryNames.romanisationKeys(both.latin()).forEach(key ->
                        keys.add(new NameKey(ROMANISED + key, NameKey.Role.BILINGUAL, both.latin())));
            }
        });
        String name = SignatoryNames.withoutTrailingAcronym(s.name());
        String compact = SignatoryNames.compact(name);
        if (!compact.isEmpty()) {
            keys.add(new NameKey(NAME + compact, NameKey.Role.NAME, s.name()));
        }
        if (individual) {
            SignatoryNames.romanisationKeys(name).forEach(key ->
                    keys.add(new NameKey(ROMANISED + key, NameKey.Role.NAME, s.name())));
        }
        return keys;
    }

    /** Two plain names are the other rules' business; here one side must state both forms. */
    @Override
    public boolean pairs(NameKey.Role first, NameKey.Role second) {
        return first == NameKey.Role.BILINGUAL || second == NameKey.Role.BILINGUAL;
    }

    @Override
    public String explain(Signatory a, NameKey ka, Signatory b, NameKey kb) {
        if (ka.role() == NameKey.Role.BILINGUAL && kb.role() == NameKey.Role.BILINGUAL) {
            return "'" + a.name() + "' and '" + b.name() + "' both give the form '" + ka.shown() + "'";
        }
        boolean aIsBilingual = ka.role() == NameKey.Role.BILINGUAL;
        Signatory both = aIsBilingual ? a : b;
        Signatory one = aIsBilingual ? b : a;
        NameKey form = aIsBilingual ? ka : kb;
        String how = form.value().startsWith(ROMANISED)
                && !SignatoryNames.compact(form.shown()).equals(SignatoryNames.compact(one.name()))
                ? " as a romanisation variant" : "";
        return "'" + both.name() + "' is written in Hangul and romanised; '" + one.name() + "' matches its form '"
                + form.shown() + "'" + how;
    }
}
