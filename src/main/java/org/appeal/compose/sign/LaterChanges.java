package org.appeal.compose.sign;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the revisions after a signed one changed beyond adding signatures, one sentence per
 * change, each naming its revision. Each revision is compared once, however many signatures
 * come before it.
 */
final class LaterChanges {
    private final Revisions revisions;
    private final Map<Integer, Set<Integer>> signaturesByRevision;
    private final Map<Integer, List<String>> byRevision = new HashMap<>();
    private final List<String> wholeFile;

    /**
     * @param signaturesByRevision for each revision (from 0), the values of the valid signatures
     *                             whose signed bytes end with it
     * @param damaged              whether reading the whole file needed its cross-reference table rebuilt
     */
    LaterChanges(Revisions revisions, Map<Integer, Set<Integer>> signaturesByRevision, boolean damaged) {
        this.revisions = revisions;
        this.signaturesByRevision = signaturesByRevision;
        List<String> problems = new ArrayList<>();
        long unattached = revisions.unattachedBytes();
        if (unattached > 0) {
            problems.add("after revision " + revisions.count() + ": " + unattached + " bytes that belong to no"
                    + " revision (readers that repair files may still show them)");
        }
        if (damaged) {
            problems.add("the file's cross-reference table is damaged, so readers rebuild it and may show objects"
                    + " that no signer saw");
        }
        this.wholeFile = List.copyOf(problems);
    }

    /** Everything after revision {@code signed} (from 0) that is not a signature. */
    List<String> after(int signed) throws IOException {
        List<String> later = new ArrayList<>();
        for (int next = signed + 1; next < revisions.count(); next++) {
            for (String change : changes(next)) {
                later.add("revision " + (next + 1) + ": " + change);
            }
        }
        later.addAll(wholeFile);
        return later;
    }

    private List<String> changes(int revision) throws IOException {
        List<String> known = byRevision.get(revision);
        if (known == null) {
            try {
                if (revisions.document(revision).getReader().hasRebuiltXref()) {
                    known = List.of("its cross-reference table is damaged, so what it changed cannot be told");
                } else {
                    known = new RevisionComparison(revisions.document(revision - 1), revisions.document(revision),
                            signaturesByRevision.getOrDefault(revision, Set.of()))
                            .changesBeyondSignatures(revisions.written(revision));
                }
            } catch (RuntimeException e) {
                // A hostile update can trip the reader anywhere; what it changed is then unknown, which is a change.
                known = List.of("the update cannot be read (" + e.getMessage() + ")");
            }
            byRevision.put(revision, known);
        }
        return known;
    }
}
