package org.appeal.app.delivery;

import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;
import org.appeal.export.ExportFileNames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Finds each recipient's own PDF in a folder the letters were exported to (the names
 * {@link ExportFileNames} gives, in the campaign's recipient order, as "Export all" writes them),
 * taking the signed copy ({@code NAME-signed.pdf}, as the sign dialog names it) when there is one.
 * A signed copy counts only if it begins with the exported file's exact bytes, which an
 * incremental signature always does: one that does not signs some other export.
 */
public final class LetterAttachments {
    /** What was found: the letters ready to go, and the recipients without one, each with the reason. */
    public record Found(List<OutgoingLetter> letters, List<Missing> missing) {
        public Found {
            letters = List.copyOf(letters);
            missing = List.copyOf(missing);
        }
    }

    public record Missing(Recipient recipient, String reason) {
    }

    private LetterAttachments() {
    }

    /**
     * @param recipients    every recipient of the campaign, in its order (the order names were handed out in)
     * @param wanted        the ids of those to look for
     * @param letterVersion the version those exports were recorded as; null when unknown
     */
    public static Found inFolder(Path folder, LetterDraft letter, List<Recipient> recipients, java.util.Set<String> wanted,
                                 Integer letterVersion) throws IOException {
        Objects.requireNonNull(folder, "folder");
        ExportFileNames names = new ExportFileNames();
        List<OutgoingLetter> letters = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (Recipient recipient : recipients) {
            String name = names.next(letter, recipient);
            if (!wanted.contains(recipient.id())) {
                continue;
            }
            Path plain = folder.resolve(name);
            Path signed = folder.resolve(name.replaceFirst("\\.pdf$", "-signed.pdf"));
            byte[] plainBytes = Files.isRegularFile(plain) ? Files.readAllBytes(plain) : null;
            byte[] signedBytes = Files.isRegularFile(signed) ? Files.readAllBytes(signed) : null;
            if (signedBytes != null && plainBytes != null && !startsWith(signedBytes, plainBytes)) {
                missing.add(new Missing(recipient, signed.getFileName() + " is not a signed copy of " + plain.getFileName()
                        + " (it signs another export): sign " + plain.getFileName() + " again"));
            } else if (signedBytes != null) {
                letters.add(new OutgoingLetter(recipient, signed.getFileName().toString(), signedBytes, letterVersion));
            } else if (plainBytes != null) {
                letters.add(new OutgoingLetter(recipient, name, plainBytes, letterVersion));
            } else {
                missing.add(new Missing(recipient, "no " + name + " in " + folder + ": export the letters there first"));
            }
        }
        return new Found(letters, missing);
    }

    private static boolean startsWith(byte[] whole, byte[] prefix) {
        return whole.length > prefix.length && Arrays.equals(whole, 0, prefix.length, prefix, 0, prefix.length);
    }
}
