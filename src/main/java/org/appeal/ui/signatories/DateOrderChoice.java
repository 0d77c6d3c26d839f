package org.appeal.ui.signatories;

import org.appeal.store.signon.ImportOptions;

/**
 * The date orders the import wizard offers, in the order it lists them; the view names these
 * (through the messages {@code import.dateOrder.<name>}) and never the store's own type.
 */
public enum DateOrderChoice {
    /** not chosen yet: a date that reads two ways is flagged on its row */
    UNDECIDED(ImportOptions.DateOrder.UNDECIDED),
    DMY(ImportOptions.DateOrder.DMY),
    MDY(ImportOptions.DateOrder.MDY),
    YMD(ImportOptions.DateOrder.YMD);

    private final ImportOptions.DateOrder order;

    DateOrderChoice(ImportOptions.DateOrder order) {
        this.order = order;
    }

    ImportOptions.DateOrder order() {
        return order;
    }

    /** The key of its label in the messages. */
    public String messageKey() {
        return "import.dateOrder." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
