package org.appeal.store.bundle;

import java.nio.file.Path;
import java.util.Optional;
import org.appeal.files.ConfinedFolder;
import org.appeal.files.ImageFile;
import org.appeal.files.PathRefused;

/**
 * Checks a signatory's {@code signature_image}: a file inside the bundle folder (links followed),
 * that {@link ImageFile} accepts, so a letter never fails, or prints a broken image, at export.
 */
final class SignatureImageCheck {
    private final ConfinedFolder bundle;
    private final String file;
    private final Problems problems;

    /** @param file the CSV file the references are in, for the problems */
    SignatureImageCheck(ConfinedFolder bundle, String file, Problems problems) {
        this.bundle = bundle;
        this.file = file;
        this.problems = problems;
    }

    /** The image's real path when it may be embedded; empty after reporting why not. */
    Optional<Path> check(long line, String reference) {
        Path image;
        try {
            image = bundle.file(reference);
        } catch (PathRefused e) {
            // A bundle comes from other people: it must not make Appeal read files outside its folder.
            problem(line, e.getMessage() + (e.reason() == PathRefused.Reason.MISSING ? ""
                    : "; a signature image is a file inside the bundle folder, e.g. images/logo.png"));
            return Optional.empty();
        }
        Optional<String> problem = ImageFile.problem(image, reference);
        problem.ifPresent(message -> problem(line, message));
        return problem.isEmpty() ? Optional.of(image) : Optional.empty();
    }

    private void problem(long line, String message) {
        problems.add(file, line, SignatoriesTable.SIGNATURE_IMAGE, message);
    }
}
