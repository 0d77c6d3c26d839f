package org.appeal.compose;

import java.io.Writer;
import java.util.function.Supplier;

/** The output of a template pass, each character counted against the pass's {@link WorkBudget}. */
final class BudgetedWriter extends Writer {
    private final StringBuilder out = new StringBuilder();
    private final WorkBudget budget;
    private final Supplier<TemplatePosition> where;

    BudgetedWriter(WorkBudget budget, Supplier<TemplatePosition> where) {
        this.budget = budget;
        this.where = where;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        budget.characters(length, where);
        out.append(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        budget.characters(length, where);
        out.append(text, offset, offset + length);
    }

    @Override
    public void write(int c) {
        budget.characters(1, where);
        out.append((char) c);
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        // nothing to release
    }

    String text() {
        return out.toString();
    }
}
