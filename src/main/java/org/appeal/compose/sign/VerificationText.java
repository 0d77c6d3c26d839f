package org.appeal.compose.sign;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A verification report in lines a person reads: one block per signature (signer, time, timestamp,
 * intact, what it covers, what changed after it), the validation data, and a verdict. The command
 * line ({@code appeal verify}) prints these lines in English; the window's File → Verify a PDF
 * shows the same lines in the interface's language, so both always say the same thing.
 */
public final class VerificationText {
    /** The words each line is made of, by key; {@code {0}}, {@code {1}}... are filled in. */
    @FunctionalInterface
    public interface Words {
        String get(String key, Object... args);
    }

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** The command line's words. */
    public static final Words ENGLISH = new English();

    private VerificationText() {
    }

    /** The lines for {@code report} on the file called {@code file}, verdict last. */
    public static List<String> lines(VerificationReport report, String file, Words words) {
        List<String> lines = new ArrayList<>();
        report.signatures().forEach(check -> signature(check, words, lines));
        ValidationData data = report.validationData();
        if (data.present()) {
            lines.add(words.get("verify.dss", data.certificates(), data.crls(), data.ocspResponses()));
        }
        lines.add(verdict(report, file, words));
        return lines;
    }

    private static void signature(SignatureCheck check, Words words, List<String> lines) {
        lines.add(check.timestamp() ? words.get("verify.field.timestamp", check.fieldName()) : check.fieldName());
        lines.add(words.get("verify.signer", check.signer() == null ? words.get("verify.signer.unknown") : check.signer()));
        lines.add(words.get("verify.time", check.signedAt() == null ? words.get("verify.time.none")
                : TIME.format(check.signedAt())));
        if (!check.timestamp()) {
            lines.add(words.get("verify.timestamp", check.timestampTime() == null ? words.get("verify.timestamp.none")
                    : words.get("verify.timestamp.by", TIME.format(check.timestampTime()),
                            check.timestampAuthority() == null ? words.get("verify.timestamp.unknownAuthority")
                                    : check.timestampAuthority())));
        }
        lines.add(words.get("verify.intact", check.intact() ? words.get("verify.intact.yes")
                : words.get("verify.intact.no", check.integrityProblem())));
        lines.add(words.get("verify.covers", check.revision(), check.revisions(),
                check.coversWholeDocument() ? words.get("verify.covers.whole") : ""));
        if (check.onlySignaturesAfter()) {
            boolean last = check.revision() == check.revisions();
            lines.add(words.get("verify.later", words.get(last ? "verify.later.none" : "verify.later.onlySignatures")));
        } else {
            lines.add(words.get("verify.later", words.get("verify.later.other")));
            check.laterChanges().forEach(change -> lines.add(words.get("verify.later.change", change)));
        }
    }

    private static String verdict(VerificationReport report, String file, Words words) {
        if (!report.hasSignatures()) {
            return words.get("verify.verdict.none", file);
        }
        List<SignatureCheck> signatures = report.signatures();
        if (report.allValid()) {
            return signatures.size() == 1 ? words.get("verify.verdict.one", file)
                    : words.get("verify.verdict.all", file, signatures.size());
        }
        StringBuilder why = new StringBuilder(words.get("verify.verdict.failed", file));
        List<String> broken = signatures.stream().filter(s -> !s.intact()).map(SignatureCheck::fieldName).toList();
        List<String> changed = signatures.stream().filter(s -> !s.onlySignaturesAfter()).map(SignatureCheck::fieldName).toList();
        List<String> reasons = new ArrayList<>();
        if (!broken.isEmpty()) {
            reasons.add(words.get("verify.verdict.notIntact", String.join(", ", broken)));
        }
        if (!changed.isEmpty()) {
            reasons.add(words.get("verify.verdict.changed", String.join(", ", changed)));
        }
        return why.append(String.join(";", reasons)).toString();
    }

    /** English, as {@code appeal verify} has always printed it. */
    private static final class English implements Words {
        private static final Map<String, String> WORDS = Map.ofEntries(
                Map.entry("verify.field.timestamp", "{0} (document timestamp)"),
                Map.entry("verify.signer", "  signer:        {0}"),
                Map.entry("verify.signer.unknown", "unknown (the signature cannot be read)"),
                Map.entry("verify.time", "  time:          {0}"),
                Map.entry("verify.time.none", "not stated"),
                Map.entry("verify.timestamp", "  timestamp:     {0}"),
                Map.entry("verify.timestamp.none", "none (the time above is what the signer's computer said)"),
                Map.entry("verify.timestamp.by", "{0} by {1}"),
                Map.entry("verify.timestamp.unknownAuthority", "an unknown authority"),
                Map.entry("verify.intact", "  intact:        {0}"),
                Map.entry("verify.intact.yes", "yes"),
                Map.entry("verify.intact.no", "NO ({0})"),
                Map.entry("verify.covers", "  covers:        revision {0} of {1}{2}"),
                Map.entry("verify.covers.whole", " (the whole file)"),
                Map.entry("verify.later", "  later changes: {0}"),
                Map.entry("verify.later.none", "none"),
                Map.entry("verify.later.onlySignatures", "only signatures"),
                Map.entry("verify.later.other", "OTHER CHANGES"),
                Map.entry("verify.later.change", "                 {0}"),
                Map.entry("verify.dss", "validation data (document security store): {0} certificates, {1} CRLs, "
                        + "{2} OCSP responses"),
                Map.entry("verify.verdict.none", "{0}: verification failed: the PDF has no signatures"),
                Map.entry("verify.verdict.one", "{0}: the signature is intact, and nothing but signatures was added after them"),
                Map.entry("verify.verdict.all", "{0}: all {1} signatures are intact, and nothing but signatures was added "
                        + "after them"),
                Map.entry("verify.verdict.failed", "{0}: verification failed:"),
                Map.entry("verify.verdict.notIntact", " not intact: {0}"),
                Map.entry("verify.verdict.changed", " a later revision changed more than signatures after {0}"));

        @Override
        public String get(String key, Object... args) {
            String text = Objects.requireNonNull(WORDS.get(key), key);
            for (int i = 0; i < args.length; i++) {
                text = text.replace("{" + i + "}", String.valueOf(args[i]));
            }
            return text;
        }
    }
}
