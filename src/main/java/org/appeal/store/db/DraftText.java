package org.appeal.store.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.appeal.domain.LetterDraft;

/**
 * A letter draft as one text: a few header lines for the fields the writer sets, a blank line,
 * then the body. Draft versions are hashed and compared in this form, so a changed subject or
 * date shows in the hash and the diff as plainly as a changed sentence.
 */
public final class DraftText {
    private DraftText() {
    }

    public static String of(LetterDraft draft) {
        return "Subject: " + draft.subject() + "\n"
                + "Date: " + draft.date() + "\n"
                + "Signatories as of: " + draft.signatoriesAsOf() + "\n"
                + "Template: " + draft.templateName() + "\n"
                + "\n"
                + draft.body();
    }

    /** Lowercase hex SHA-256 of {@link #of(LetterDraft)} in UTF-8. */
    public static String sha256(LetterDraft draft) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(of(draft).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The text's lines, split at {@code \n} only (a {@code \r} stays in its line, so the diff never
     * hides a change the hash sees); a trailing newline gives a last, empty line.
     */
    public static List<String> lines(LetterDraft draft) {
        return Arrays.asList(of(draft).split("\n", -1));
    }
}
