package org.appeal.compose;

/**
 * What the sandbox answers when a template uses a name the {@link TemplateVocabulary} does not
 * offer: Velocity hands it to the pass's {@link ProblemCollector} as the failure of a method, with
 * the template, line and column, wherever the name stands ({@code #if} conditions and
 * {@code $!quiet} references included, where Velocity reports nothing else).
 */
final class RefusedName extends Exception {
    RefusedName(String message) {
        super(message, null, false, false);
    }
}
