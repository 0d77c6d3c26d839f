package org.appeal.compose;

import org.appeal.domain.LinkTarget;
import org.appeal.files.ConfinedFolder;
import org.appeal.files.ImageFile;
import org.appeal.files.PathRefused;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides where the links and images of a letter body (or its subject) may point, and records a
 * problem for each one refused. A link goes only to an {@code http}, {@code https} or {@code mailto}
 * address ({@link LinkTarget}). An image comes only from the bundle's own folder, found and checked
 * the way signature images are: inside the folder with links followed, a PNG or JPEG that decodes
 * completely. A workspace campaign keeps no image files, so there an image is left out with a
 * warning, as a signature image is; a reference that could never be allowed blocks everywhere.
 */
final class BodyTargets {
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);
    private static final String FOLDER = "the bundle folder";

    private final String name;
    private final String[] sourceLines;
    private final List<ConfinedFolder> imageFolders;
    private final boolean unresolvedReferences;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Optional<String>> images = new HashMap<>();

    /**
     * @param name         how problems name the text ("letter.md")
     * @param source       the text as the writer typed it, where a refused target's line is looked up
     * @param imageFolders the folders images may come from (a bundle's folder); none for a workspace campaign
     * @param unresolvedReferences whether the template pass left references unresolved (each already
     *                     blocks): a target still holding a {@code $reference} is then refused without
     *                     a second problem about the same mistake
     */
    BodyTargets(String name, String source, List<Path> imageFolders, boolean unresolvedReferences) {
        this.name = name;
        this.unresolvedReferences = unresolvedReferences;
        this.sourceLines = source.split("\n", -1);
        this.imageFolders = imageFolders.stream().filter(Files::isDirectory).map(p -> ConfinedFolder.of(p, FOLDER))
                .toList();
    }

    /**
     * Whether the link may stay a link; when not, a blocking problem is recorded.
     *
     * @param line the link's line in the text that was parsed, used when the target is not found as typed
     */
    boolean link(String destination, int line) {
        if (unresolvedReferences && destination.contains("$")) {
            return false;
        }
        Optional<String> problem = LinkTarget.problem(destination);
        problem.ifPresent(message -> problems.add(Problem.blocking(name, lineOf(destination, line), 0, message)));
        return problem.isEmpty();
    }

    /** The {@code file:} URI the image is embedded from; empty when it is left out (a problem is recorded). */
    Optional<String> image(String destination, int line) {
        if (unresolvedReferences && destination.contains("$")) {
            return Optional.empty();
        }
        return images.computeIfAbsent(destination, d -> resolve(d, lineOf(d, line)));
    }

    private Optional<String> resolve(String destination, int line) {
        if (URL.matcher(destination).matches()) {
            return refuse(line, "image '" + destination + "' refused: an image in a letter is a file in the bundle"
                    + " folder (such as images/chart.png), never a web address, data: or file: URL");
        }
        try {
            ConfinedFolder.relativeName(destination, FOLDER);
        } catch (PathRefused e) {
            return refuse(line, "image refused: " + e.getMessage());
        }
        if (imageFolders.isEmpty()) {
            problems.add(new Problem(Problem.Severity.WARNING, name, line, 0, "image '" + destination
                    + "' is left out: a workspace campaign keeps no image files (render the bundle to include it)"));
            return Optional.empty();
        }
        PathRefused first = null;
        for (ConfinedFolder folder : imageFolders) {
            try {
                Path file = folder.file(destination);
                Optional<String> bad = ImageFile.problem(file, destination);
                if (bad.isPresent()) {
                    return refuse(line, "image refused: " + bad.get());
                }
                return Optional.of(file.toUri().toString());
            } catch (PathRefused e) {
                first = first == null || first.reason() == PathRefused.Reason.MISSING ? e : first;
            }
        }
        return refuse(line, "image refused: " + first.getMessage());
    }

    private Optional<String> refuse(int line, String message) {
        problems.add(Problem.blocking(name, line, 0, message));
        return Optional.empty();
    }

    /**
     * The first line of the typed text that holds the target as a link's or image's target
     * ({@code ](x}, {@code <x}, {@code ]: x}), else anywhere; else the parsed text's line (the
     * template pass may have moved lines, and an entity-encoded target is not in the typed text).
     */
    private int lineOf(String destination, int parsedLine) {
        for (String written : new String[] {"](" + destination, "](<" + destination, "<" + destination,
                "]: " + destination, destination}) {
            for (int i = 0; i < sourceLines.length; i++) {
                if (sourceLines[i].contains(written)) {
                    return i + 1;
                }
            }
        }
        return parsedLine;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
