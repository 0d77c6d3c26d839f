package org.appeal.store.signon;

import java.util.ArrayList;
import java.util.List;

/** Helpers for reading made-up sheets. */
final class SignOnFixtures {
    private SignOnFixtures() {
    }

    static List<SheetRow> rows(byte[] sheet, ImportOptions options) {
        List<SheetRow> rows = new ArrayList<>();
        new SignOnSheetReader(options).read(sheet, rows::add);
        return rows;
    }
}
