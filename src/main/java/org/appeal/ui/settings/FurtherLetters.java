package org.appeal.ui.settings;

import org.appeal.app.LetterLanguage;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.NamedLetter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A campaign's further letters (all but the main one) and what the settings screen does to the
 * list: add, rename, remove, change one, make one the version of another. Each gives the new
 * list and leaves this one as it is.
 */
record FurtherLetters(List<NamedLetter> letters) {
    FurtherLetters {
        letters = List.copyOf(letters);
    }

    /** A new empty letter, with the main letter's dates and ways; its language is the campaign's. */
    List<NamedLetter> added(String name, LetterDraft main) {
        List<NamedLetter> further = new ArrayList<>(letters);
        further.add(new NamedLetter(name, LetterLanguage.with(new LetterDraft("", main.date(), "",
                main.templateName(), main.signatoriesAsOf(), main.citations(), main.addressing()), "")));
        return further;
    }

    /** Its translations follow it under its new name. */
    List<NamedLetter> renamed(String name, String newName) {
        return letters.stream()
                .map(l -> new NamedLetter(l.name().equals(name) ? newName : l.name(), l.letter(),
                        l.translationOf().equals(name) ? newName : l.translationOf())).toList();
    }

    /** Its translations stay, as letters of their own. */
    List<NamedLetter> removed(String name) {
        return letters.stream().filter(l -> !l.name().equals(name))
                .map(l -> l.translationOf().equals(name) ? new NamedLetter(l.name(), l.letter()) : l).toList();
    }

    List<NamedLetter> changed(String name, UnaryOperator<LetterDraft> change) {
        return letters.stream()
                .map(l -> l.name().equals(name) ? new NamedLetter(name, change.apply(l.letter()), l.translationOf()) : l)
                .toList();
    }

    /** {@code letter} as the version of {@code original} in its own language; empty: a letter of its own. */
    List<NamedLetter> versionOf(String letter, String original) {
        return letters.stream()
                .map(l -> l.name().equals(letter) ? new NamedLetter(l.name(), l.letter(), original) : l).toList();
    }
}
