package org.appeal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a command is about to write, checked before it does any work, so that nothing the user
 * has is overwritten by mistake:
 * <ul>
 *   <li>the place must be a file in an existing folder (or, for a folder to write into, a folder
 *       whose parent exists): Appeal creates no folder trees from a mistyped path; and the folder
 *       must take new files, tried by making one;</li>
 *   <li>it is never one of the command's own inputs (the PDF being signed, the keystore, the
 *       password file, the workspace database), however the path is spelt (links, {@code ..});</li>
 *   <li>an existing file is replaced only when it is a PDF, an earlier letter. Outside the folders
 *       a command reads (the bundle, the templates) an empty file may be replaced too: scripts make
 *       one with {@code mktemp} to write into.</li>
 * </ul>
 */
final class OutputTarget {
    private static final int PDF_HEADER_SEARCH = 1024;
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final List<Path> inputFiles;
    private final List<Path> inputFolders;

    /**
     * @param inputFiles   files the command reads, never to be written
     * @param inputFolders folders the command reads from (a bundle, the templates): only PDFs in them may be replaced
     */
    OutputTarget(List<Path> inputFiles, List<Path> inputFolders) {
        this.inputFiles = List.copyOf(inputFiles);
        this.inputFolders = List.copyOf(inputFolders);
    }

    /** A file to write, such as {@code render --out letter.pdf}. */
    void checkFile(Path out) throws BadInput {
        if (Files.isDirectory(out)) {
            throw new BadInput(out + " is a folder; name the file to write, such as " + out.resolve("letter.pdf"));
        }
        checkFolderExists(out);
        checkReplaceable(out);
        checkWritable(out, out.toAbsolutePath().getParent());
    }

    /** A folder to write into, created when missing (its parent must exist), such as {@code batch --out letters}. */
    void checkFolder(Path dir) throws BadInput {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInput(dir + " is a file, not a folder to write into");
        }
        if (!Files.exists(dir)) {
            checkFolderExists(dir);
            checkWritable(dir, dir.toAbsolutePath().getParent());
        } else {
            checkWritable(dir, dir);
        }
    }

    /**
     * Makes and removes a file in the folder, so that a folder that refuses new files (read-only,
     * a system folder, a full disk) is found before the work, not after it. Permission bits alone
     * cannot tell: they do not bind root.
     */
    private static void checkWritable(Path target, Path folder) throws BadInput {
        try {
            Path probe = Files.createTempFile(folder, ".appeal-", ".probe");
            Files.delete(probe);
        } catch (IOException e) {
            throw FileProblem.cannotWrite(target, e);
        }
    }

    /** A file the command will write inside a folder already checked with {@link #checkFolder}. */
    void checkFileIn(Path file) throws BadInput {
        if (Files.isDirectory(file)) {
            throw new BadInput("cannot write " + file + ": a folder of that name is in the way");
        }
        checkReplaceable(file);
    }

    private static void checkFolderExists(Path out) throws BadInput {
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null) {
            throw new BadInput("cannot write " + out + ": it is not a file");
        }
        // Walk up to the first part of the path that exists, to say exactly what is wrong.
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new BadInput("cannot write " + out + ": " + existing + " is a file, not a folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new BadInput("cannot write " + out + ": the folder " + folder + " does not exist (create it first)");
        }
    }

    private void checkReplaceable(Path out) throws BadInput {
        for (Path input : inputFiles) {
            if (same(out, input)) {
                throw new BadInput("cannot write " + out + ": it is " + (out.equals(input) ? "" : input + ", ")
                        + "one of this command's inputs; write to another file");
            }
        }
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isRegularFile(out)) {
            throw new BadInput("cannot write " + out + ": it exists and is not a regular file");
        }
        boolean pdf = isPdf(out);
        Path real = realPath(out);
        for (Path folder : inputFolders) {
            Path realFolder = realPath(folder);
            if (!pdf && real.startsWith(realFolder)) {
                throw new BadInput("cannot write " + out + ": it is a file of " + folder
                        + ", which this command reads; write to another file");
            }
        }
        if (!pdf && size(out) > 0) {
            throw new BadInput("cannot write " + out + ": it exists and is not a PDF (Appeal replaces only PDFs); "
                    + "choose another name, or move the file away first");
        }
    }

    /** The same file, followed through links and {@code ..}; for a file not there yet, the same place. */
    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // Then compare where the paths point.
        }
        return place(a).equals(place(b));
    }

    private static Path place(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return parent == null ? absolute : realPath(parent).resolve(absolute.getFileName());
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static long size(Path file) throws BadInput {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw FileProblem.cannotRead(file, e);
        }
    }

    /** Whether the file starts as a PDF does (readers allow the header within the first kilobyte). */
    private static boolean isPdf(Path file) throws BadInput {
        byte[] start = new byte[PDF_HEADER_SEARCH];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw FileProblem.cannotRead(file, e);
        }
        for (int at = 0; at + PDF_HEADER.length <= length; at++) {
            int i = 0;
            while (i < PDF_HEADER.length && start[at + i] == PDF_HEADER[i]) {
                i++;
            }
            if (i == PDF_HEADER.length) {
                return true;
            }
        }
        return false;
    }
}
