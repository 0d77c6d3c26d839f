package org.appeal.domain;

import java.util.Optional;

/**
 * What a letter's layout may be called: the plain name of a file in the templates folder, such as
 * {@code letter.html.vm}. Not a path: a layout named {@code ../../etc/passwd} in a shared
 * workspace or a received bundle would otherwise print another machine's file into a letter.
 * Whether the file exists is the renderer's question, which knows the templates folder.
 */
public final class LayoutName {
    /** The rule, for messages. */
    public static final String RULE = "a layout is the name of a file in the templates folder, such as "
            + LetterDraft.DEFAULT_TEMPLATE;

    private LayoutName() {
    }

    /** Why {@code name} is not a layout's name (to be followed by {@link #RULE}); empty when it is one. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("no layout named");
        }
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")
                || name.contains(":") || name.chars().anyMatch(Character::isISOControl) || !name.equals(name.strip())) {
            return Optional.of("'" + name + "' is a path, not a file name");
        }
        return Optional.empty();
    }
}
