package org.appeal.compose;

import org.apache.velocity.app.event.IncludeEventHandler;
import org.apache.velocity.context.Context;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets {@code #parse} and {@code #include} reach only files inside the templates folder, and
 * turns a missing partial into a blocking problem instead of a silently shorter letter.
 */
final class IncludeGuard implements IncludeEventHandler {
    private final Path root;
    private final List<Problem> problems = new ArrayList<>();

    IncludeGuard(Path root) {
        this.root = root;
    }

    @Override
    public String includeEvent(Context context, String includeResourcePath, String currentResourcePath,
                               String directiveName) {
        Path target = root.resolve(includeResourcePath.startsWith("/") ? includeResourcePath.substring(1)
                : includeResourcePath).normalize();
        if (!target.startsWith(root)) {
            problems.add(Problem.blocking(currentResourcePath, 0, 0,
                    "#" + directiveName + "(\"" + includeResourcePath + "\") points outside the templates folder"));
            return null;
        }
        if (!Files.isRegularFile(target)) {
            problems.add(Problem.blocking(currentResourcePath, 0, 0,
                    "#" + directiveName + "(\"" + includeResourcePath + "\"): template not found"));
            return null;
        }
        return includeResourcePath;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
