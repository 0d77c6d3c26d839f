package org.appeal.store.bundle;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.appeal.domain.Approval;

/**
 * {@code approvals.csv}: which text each signatory approved (the SHA-256 fingerprint of its subject
 * and body), who recorded it and when. One row per signatory; whether {@code signatory_id} names a
 * signatory of the bundle is checked by the reader.
 */
final class ApprovalsTable implements BundleTable<ApprovalsTable.Entry> {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** A row's approval and its line. */
    record Entry(Approval approval, long line) {
    }

    @Override
    public String fileName() {
        return "approvals.csv";
    }

    @Override
    public String idColumn() {
        return "signatory_id";
    }

    @Override
    public List<String> columns() {
        return List.of("signatory_id", "text_sha256", "recorded_by", "recorded_at");
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("signatory_id", "text_sha256", "recorded_at");
    }

    @Override
    public Entry read(CsvRow row) {
        String signatory = row.requiredText("signatory_id");
        String sha = row.requiredText("text_sha256");
        if (sha != null && !SHA256.matcher(sha.strip()).matches()) {
            row.problem("text_sha256", "not a SHA-256 fingerprint (64 hexadecimal digits in lower case): '" + sha + "'");
        }
        Instant at = instant(row);
        if (!row.isValid()) {
            return null;
        }
        return new Entry(new Approval(signatory, sha.strip(), row.text("recorded_by"), at), row.line());
    }

    private static Instant instant(CsvRow row) {
        String value = row.requiredText("recorded_at");
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            return row.problem("recorded_at", "not a time in the form yyyy-MM-ddTHH:mm:ssZ (UTC): '" + value + "'");
        }
    }

    @Override
    public List<String> cells(Entry entry) {
        Approval a = entry.approval();
        return List.of(Cells.text(a.signatoryId()), a.textSha256(), Cells.text(a.recordedBy()), a.recordedAt().toString());
    }

    @Override
    public Comparator<Entry> canonicalOrder() {
        return Comparator.comparing(e -> e.approval().signatoryId());
    }
}
