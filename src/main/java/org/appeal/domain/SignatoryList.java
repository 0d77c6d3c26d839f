package org.appeal.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The whole sign-on list of a campaign, including withdrawn and later signatories. */
public record SignatoryList(List<Signatory> all) {
    private static final Comparator<Signatory> LIST_ORDER =
            Comparator.comparingInt(Signatory::position).thenComparing(Signatory::id);

    public SignatoryList {
        all = List.copyOf(all);
    }

    /**
     * Who appears on a letter listing signatories as of {@code day}: signed on or before it (an
     * unknown date counts as signed) and not withdrawn by then, in list position order.
     */
    public SignatoriesAsOf asOf(LocalDate day) {
        List<Signatory> current = all.stream().filter(s -> s.isSignedAsOf(day)).sorted(LIST_ORDER).toList();
        return new SignatoriesAsOf(day,
                current.stream().filter(s -> s.kind() == Signatory.Kind.ORGANISATION).toList(),
                current.stream().filter(s -> s.kind() == Signatory.Kind.INDIVIDUAL).toList());
    }
}
