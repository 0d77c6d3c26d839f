package org.appeal.compose;

import org.appeal.domain.CampaignImage;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoriesAsOf;
import org.appeal.files.ConfinedFolder;
import org.appeal.files.PathRefused;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds signatories' signature images: first among the images the campaign holds (the workspace
 * keeps their bytes, a bundle's reader reads them), then in the folders a render is given (a
 * bundle's own folder), where a reference is a path relative to the folder and the file must lie
 * inside it with links followed. Held images and bundle files were checked when they came in (PNG
 * or JPEG, size, decoding); here a reference only has to be found.
 */
final class SignatureImages {
    static final SignatureImages NONE = new SignatureImages(List.of(), List.of());

    private final List<ConfinedFolder> folders;
    private final Map<String, CampaignImage> held = new HashMap<>();

    /** @param held the images the campaign holds, by the path signatories name them */
    SignatureImages(List<Path> folders, List<CampaignImage> held) {
        this.folders = folders.stream().filter(Files::isDirectory).map(p -> ConfinedFolder.of(p, "the bundle folder"))
                .toList();
        held.forEach(image -> this.held.putIfAbsent(image.path(), image));
    }

    /**
     * The image for the layout's {@code <img src>}: a held image as a {@code data:} URI (pdfHTML
     * decodes it itself, reading no file), a file as a {@code file:} URI; empty when there is none or
     * it is not found.
     */
    String uriOf(Signatory signatory) {
        if (!signatory.hasSignatureImage()) {
            return "";
        }
        CampaignImage image = held.get(signatory.signatureImage());
        if (image != null && refusal(signatory).isEmpty()) {
            return "data:" + image.mediaType() + ";base64," + Base64.getEncoder().encodeToString(image.bytes());
        }
        return find(signatory).map(p -> p.toUri().toString()).orElse("");
    }

    /**
     * A warning for each listed signatory whose image is not in any folder (a workspace campaign
     * has no folder): the letter still prints every name, without that image. A reference that
     * leads outside the folder blocks: it is never something to print around.
     */
    List<Problem> missing(SignatoriesAsOf listed) {
        List<Problem> problems = new ArrayList<>();
        Stream.concat(listed.organisations().stream(), listed.individuals().stream())
                .filter(s -> s.hasSignatureImage() && (!held.containsKey(s.signatureImage()) || refusal(s).isPresent())
                        && find(s).isEmpty())
                .forEach(s -> problems.add(refusal(s).orElseGet(() -> Problem.warning("signatory '" + s.id() + "'",
                        "signature image '" + s.signatureImage() + "' was not found"
                                + (folders.isEmpty() ? " (the workspace holds no image under that name: choose the"
                                + " image again on the Signatories screen)" : " in " + folders)
                                + "; the letter is printed without it"))));
        return problems;
    }

    private Optional<Problem> refusal(Signatory signatory) {
        try {
            ConfinedFolder.relativeName(signatory.signatureImage(), "the bundle folder");
        } catch (PathRefused e) {
            return Optional.of(Problem.blocking("signatory '" + signatory.id() + "'", 0, 0,
                    "signature image refused: " + e.getMessage()));
        }
        for (ConfinedFolder folder : folders) {
            try {
                folder.file(signatory.signatureImage());
            } catch (PathRefused e) {
                if (e.reason() != PathRefused.Reason.MISSING) {
                    return Optional.of(Problem.blocking("signatory '" + signatory.id() + "'", 0, 0,
                            "signature image refused: " + e.getMessage()));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Path> find(Signatory signatory) {
        if (!signatory.hasSignatureImage()) {
            return Optional.empty();
        }
        for (ConfinedFolder folder : folders) {
            try {
                return Optional.of(folder.file(signatory.signatureImage()));
            } catch (PathRefused e) {
                // Not in this folder: perhaps in the next.
            }
        }
        return Optional.empty();
    }
}
