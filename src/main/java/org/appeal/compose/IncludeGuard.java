package org.appeal.compose;

import org.apache.velocity.app.event.IncludeEventHandler;
import org.apache.velocity.context.Context;
import org.appeal.files.ConfinedFolder;
import org.appeal.files.PathRefused;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lets {@code #parse} and {@code #include} reach only files inside the templates folder, links
 * followed, and turns a refused or missing partial into a blocking problem at the directive's line
 * instead of a silently shorter letter. ({@link ConfinedTemplateLoader} enforces the same rule
 * where Velocity reads; this handler is where the writer learns which line to fix.)
 */
final class IncludeGuard implements IncludeEventHandler {
    private final ConfinedFolder templates;
    private final String evaluatedName;
    private final String evaluatedText;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param evaluatedName the name of text evaluated without a file (the letter body), {@code null} for none
     * @param evaluatedText that text, searched for a refused directive's line
     */
    IncludeGuard(ConfinedFolder templates, String evaluatedName, String evaluatedText) {
        this.templates = templates;
        this.evaluatedName = evaluatedName;
        this.evaluatedText = evaluatedText;
    }

    @Override
    public String includeEvent(Context context, String includeResourcePath, String currentResourcePath,
                               String directiveName) {
        String directive = "#" + directiveName + "(\"" + includeResourcePath + "\")";
        try {
            templates.file(ConfinedTemplateLoader.relative(includeResourcePath));
            return includeResourcePath;
        } catch (PathRefused e) {
            String message = e.reason() == PathRefused.Reason.MISSING
                    ? directive + ": template not found"
                    : directive + " refused: " + e.getMessage();
            int[] at = position(currentResourcePath, includeResourcePath);
            problems.add(Problem.blocking(currentResourcePath, at[0], at[1], message));
            return null;
        }
    }

    /**
     * Velocity does not tell an include handler where the directive is, so it is looked up: the
     * first line of the including text that names the path, and the {@code #} before it there.
     * {0, 0} when the path was computed ({@code #parse($name)}) and is not written anywhere.
     */
    private int[] position(String current, String path) {
        Optional<String> text = sourceOf(current);
        if (text.isEmpty()) {
            return new int[] {0, 0};
        }
        String[] lines = text.get().split("\n", -1);
        for (String written : new String[] {"\"" + path + "\"", "'" + path + "'", path}) {
            for (int i = 0; i < lines.length; i++) {
                int at = lines[i].indexOf(written);
                if (at >= 0) {
                    int hash = lines[i].lastIndexOf('#', at);
                    return new int[] {i + 1, (hash >= 0 ? hash : at) + 1};
                }
            }
        }
        return new int[] {0, 0};
    }

    private Optional<String> sourceOf(String current) {
        if (current != null && current.equals(evaluatedName)) {
            return Optional.ofNullable(evaluatedText);
        }
        try {
            return Optional.of(Files.readString(templates.file(ConfinedTemplateLoader.relative(current))));
        } catch (PathRefused | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
