package org.appeal.compose;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How much work one template pass may do, scaled to the letter's data, so that every honest
 * letter renders however many signatories it lists while a template that never ends (a runaway
 * loop, a block or macro that calls itself, text that doubles) stops with a clear problem. The
 * limits count work, not time: a slow machine renders the same letters as a fast one.
 *
 * <ul>
 *   <li><b>Steps</b>: every time round a {@code #foreach} (an empty one too), every value printed,
 *       every {@code #set}, every macro call, {@code #define} block and {@code #parse}. A pass may take
 *       {@value #BASE_STEPS} steps plus {@value #STEPS_PER_ITEM} per item in the lists of its data
 *       (signatories, recipients, resolutions, address lines...).</li>
 *   <li><b>Characters</b>: every character the pass writes, and every character of text it builds
 *       in a string or with {@code +}. A pass may write {@value #BASE_CHARACTERS} characters plus
 *       {@value #CHARACTERS_PER_INPUT_CHARACTER} per character of its data and template.</li>
 *   <li><b>Nesting</b>: macros calling macros and {@code #define} blocks printing blocks go at most
 *       {@value #MAX_NESTING} deep, {@code #parse} at most {@value #MAX_PARSE_DEPTH} deep.</li>
 *   <li><b>Numbers</b>: a number a template computes has at most {@value #MAX_DIGITS} digits.</li>
 * </ul>
 */
final class WorkBudget {
    static final long BASE_STEPS = 200_000;
    static final long STEPS_PER_ITEM = 20;
    static final long BASE_CHARACTERS = 2_000_000;
    static final long CHARACTERS_PER_INPUT_CHARACTER = 10;
    static final int MAX_NESTING = 20;
    static final int MAX_PARSE_DEPTH = 10;
    static final int MAX_DIGITS = 100;

    private final Map<String, Object> model;
    private final long templateCharacters;
    private long items;
    private long inputCharacters;
    private boolean measured;
    private long stepLimit = BASE_STEPS;
    private long characterLimit = BASE_CHARACTERS;
    private long steps;
    private long characters;

    private WorkBudget(Map<String, Object> model, long templateCharacters) {
        this.model = model;
        this.templateCharacters = templateCharacters;
    }

    /** The budget of a pass over {@code model} with a template of {@code templateCharacters} characters. */
    static WorkBudget forPass(Map<String, Object> model, long templateCharacters) {
        return new WorkBudget(model, templateCharacters);
    }

    /**
     * Measures the data, once, when the base allowance is used up: most letters never get there,
     * and a long list of signatories pays for its measuring with its own length.
     */
    private void measure() {
        if (!measured) {
            Size size = new Size();
            model.values().forEach(size::measure);
            items = size.items;
            inputCharacters = size.characters + templateCharacters;
            stepLimit = BASE_STEPS + STEPS_PER_ITEM * items;
            characterLimit = BASE_CHARACTERS + CHARACTERS_PER_INPUT_CHARACTER * inputCharacters;
            measured = true;
        }
    }

    long stepLimit() {
        measure();
        return stepLimit;
    }

    long characterLimit() {
        measure();
        return characterLimit;
    }

    void step(Supplier<TemplatePosition> where) {
        if (++steps > stepLimit) {
            measure();
        }
        if (steps > stepLimit) {
            throw new TemplateRefusal(where.get().problem("the template did more work than this letter's data"
                    + " allows (" + number(stepLimit) + " steps for " + number(items) + " list items: "
                    + number(BASE_STEPS) + " + " + STEPS_PER_ITEM + " per item; a step is a time round a"
                    + " #foreach, a printed value, a #set or a macro call): does a loop or macro never end?"));
        }
    }

    void characters(long count, Supplier<TemplatePosition> where) {
        characters += count;
        if (characters > characterLimit) {
            measure();
        }
        if (characters > characterLimit) {
            throw new TemplateRefusal(where.get().problem("the template wrote more text than this letter's data"
                    + " allows (" + number(characterLimit) + " characters for " + number(inputCharacters)
                    + " characters of data and template: " + number(BASE_CHARACTERS) + " + "
                    + CHARACTERS_PER_INPUT_CHARACTER + " per character): does a loop never end, or text double?"));
        }
    }

    /** Refuses a number too big for any letter, before the next multiplication makes it bigger still. */
    static void checkNumber(Object value, Supplier<TemplatePosition> where) {
        boolean huge = value instanceof BigInteger i && i.abs().toString().length() > MAX_DIGITS
                || value instanceof BigDecimal d && d.precision() > MAX_DIGITS;
        if (huge) {
            throw new TemplateRefusal(where.get().problem("the template computed a number of more than "
                    + MAX_DIGITS + " digits: does a calculation grow without end?"));
        }
    }

    static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }

    /** Counts the items of every list and the characters of every text a template can reach. */
    private static final class Size {
        long items;
        long characters;

        void measure(Object value) {
            if (value instanceof CharSequence text) {
                characters += text.length();
            } else if (value instanceof Html html) {
                characters += html.value().length();
            } else if (value instanceof CitationKey key) {
                characters += key.key().length();
            } else if (value instanceof Collection<?> list) {
                items += list.size();
                list.forEach(this::measure);
            } else if (value instanceof Map<?, ?> map) {
                items += map.size();
                map.forEach((k, v) -> {
                    measure(k);
                    measure(v);
                });
            } else if (value != null && value.getClass().isRecord()) {
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    measure(read(component, value));
                }
            }
        }

        private static Object read(RecordComponent component, Object record) {
            try {
                return component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component + " of a view", e);
            }
        }
    }
}
