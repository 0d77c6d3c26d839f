package org.appeal.compose;

import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoriesAsOf;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds signatories' signature images in the folders a render is given (a bundle's own folder):
 * a signatory's reference is a path relative to such a folder. The bundle reader has already
 * checked the files themselves (PNG or JPEG, size); here a reference only has to be found.
 */
final class SignatureImages {
    static final SignatureImages NONE = new SignatureImages(List.of());

    private final List<Path> folders;

    SignatureImages(List<Path> folders) {
        this.folders = folders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** The image as a {@code file:} URI for the layout's {@code <img src>}; empty when there is none or it is not found. */
    String uriOf(Signatory signatory) {
        return find(signatory).map(p -> p.toUri().toString()).orElse("");
    }

    /**
     * A warning for each listed signatory whose image is not in any folder (a workspace campaign
     * has no folder): the letter still prints every name, without that image.
     */
    List<Problem> missing(SignatoriesAsOf listed) {
        return Stream.concat(listed.organisations().stream(), listed.individuals().stream())
                .filter(s -> s.hasSignatureImage() && find(s).isEmpty())
                .map(s -> Problem.warning("signatory '" + s.id() + "'", "signature image '" + s.signatureImage()
                        + "' was not found" + (folders.isEmpty() ? "" : " in " + folders)
                        + "; the letter is printed without it"))
                .toList();
    }

    private Optional<Path> find(Signatory signatory) {
        if (!signatory.hasSignatureImage()) {
            return Optional.empty();
        }
        for (Path folder : folders) {
            try {
                Path file = folder.resolve(signatory.signatureImage()).normalize();
                // Only inside the folder: the same rule the resource retriever applies when pdfHTML loads it.
                if (file.startsWith(folder) && Files.isRegularFile(file)) {
                    return Optional.of(file);
                }
            } catch (InvalidPathException e) {
                // Not a path on this system: not found here.
            }
        }
        return Optional.empty();
    }
}
