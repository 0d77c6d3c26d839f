package org.appeal.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A folder whose files other people's data may name: a campaign bundle's folder (letter bodies,
 * source texts, images) or the templates folder (layouts, partials). A name is followed to the
 * file it really is, links and all, and is accepted only when that file lies inside the folder.
 * Checking the name alone is not enough: a bundle received from a coalition partner can hold a
 * link {@code letter.md -> /home/someone/private.txt} whose name looks harmless.
 *
 * <p>Callers read the real path this class returns, never the name again, so a link cannot be
 * swapped in between the check and the read by anything that only controls the name.
 */
public final class ConfinedFolder {
    /** {@code file:}, {@code http:}, {@code data:}... but not a one-letter Windows drive such as {@code C:}. */
    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);

    private final Path root;
    private final String description;

    private ConfinedFolder(Path root, String description) {
        this.root = root;
        this.description = description;
    }

    /**
     * @param folder      an existing folder; links to it are followed once, here, so that the folder
     *                    itself may be reached through a link (an installation's templates, say)
     * @param description how messages name the folder: "the bundle folder", "the templates folder"
     * @throws IllegalArgumentException when the folder does not exist
     */
    public static ConfinedFolder of(Path folder, String description) {
        try {
            Path real = folder.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new IllegalArgumentException(folder + " is not a folder");
            }
            return new ConfinedFolder(real, description);
        } catch (IOException e) {
            throw new IllegalArgumentException("folder not found: " + folder, e);
        }
    }

    /** The folder's real path: links resolved, absolute. */
    public Path root() {
        return root;
    }

    public String description() {
        return description;
    }

    /**
     * The real path of the regular file {@code name} names, relative to this folder.
     *
     * @throws PathRefused when the name is not a relative file name, leads outside the folder
     *                     (by {@code ..}, by being absolute or by a link on the way), does not exist,
     *                     or is not a regular file
     */
    public Path file(String name) throws PathRefused {
        Path relative = relativeName(name, description);
        Path real;
        try {
            real = root.resolve(relative).toRealPath();
        } catch (NoSuchFileException e) {
            throw new PathRefused(PathRefused.Reason.MISSING, "file '" + name + "' does not exist in " + description);
        } catch (IOException e) {
            throw new PathRefused(PathRefused.Reason.MISSING, "'" + name + "' cannot be read: " + e.getMessage());
        }
        if (!real.startsWith(root)) {
            throw new PathRefused(PathRefused.Reason.OUTSIDE, "'" + name + "' is a link (or lies in a linked folder)"
                    + " that leads outside " + description);
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new PathRefused(PathRefused.Reason.NOT_A_FILE, "'" + name + "' is "
                    + (Files.isDirectory(real) ? "a folder" : "not a regular file") + ", not a file");
        }
        return real;
    }

    /**
     * The checks that need no folder: {@code name} is a relative file name that does not climb out
     * with {@code ..}. For data whose folder is not at hand (a workspace keeps no files), so that a
     * name such as {@code ../../etc/passwd} is refused there too rather than merely not found.
     *
     * @param description how the message names the folder the name is meant for
     */
    public static Path relativeName(String name, String description) throws PathRefused {
        if (name == null || name.isBlank()) {
            throw new PathRefused(PathRefused.Reason.NOT_A_NAME, "no file name given");
        }
        if (URL_SCHEME.matcher(name).matches()) {
            throw new PathRefused(PathRefused.Reason.NOT_A_NAME, "'" + name + "' is a URL, not the name of a file in "
                    + description);
        }
        Path relative;
        try {
            relative = Path.of(name);
        } catch (InvalidPathException e) {
            throw new PathRefused(PathRefused.Reason.NOT_A_NAME, "'" + name + "' is not a usable file name");
        }
        if (relative.isAbsolute() || relative.getRoot() != null) {
            throw new PathRefused(PathRefused.Reason.OUTSIDE, "'" + name + "' is an absolute path; name a file inside "
                    + description + " relative to it");
        }
        if (relative.normalize().startsWith("..")) {
            throw new PathRefused(PathRefused.Reason.OUTSIDE, "'" + name + "' points outside " + description);
        }
        return relative;
    }

    /**
     * The real path of {@code path} when it is a regular file inside this folder, links followed:
     * for a location that arrives already absolute, such as a {@code file:} URL the PDF converter asks for.
     */
    public Optional<Path> holding(Path path) {
        try {
            Path real = path.toRealPath();
            return real.startsWith(root) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(real) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
