package org.appeal.store.signon;

/**
 * One field of an existing signatory that an import would change.
 *
 * @param field  the field's mapping name ({@link SheetField#target()}): name, kind, acronym, title, country, signedOn
 * @param before the current value as text; empty for none
 * @param after  the new value as text
 */
public record FieldChange(String field, String before, String after) {
    @Override
    public String toString() {
        return field + " '" + before + "' → '" + after + "'";
    }
}
