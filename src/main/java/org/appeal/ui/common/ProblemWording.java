package org.appeal.ui.common;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appeal.store.ImportProblem;
import org.appeal.store.bundle.BundleProblem;
import org.appeal.store.signon.SheetProblem;

/**
 * Turns the readers' precise problems ({@code recipients.csv:4: role: unknown value 'BCC' ...}) into
 * what a person who is not a programmer reads first: a plain sentence in the interface's language,
 * then the file, line and field with the reader's own words. The common problems get their own
 * sentence; any other is introduced by a sentence naming the file, never dropped or shortened.
 */
public final class ProblemWording {
    private record Rule(Pattern message, String key) {
    }

    /** The readers' messages a person meets most, each with the sentence that explains it. */
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("file is missing|file '(.+)' does not exist in .*"), "problem.missingFile"),
            new Rule(Pattern.compile("file is empty.*"), "problem.emptyFile"),
            new Rule(Pattern.compile("bytes that are not valid UTF-8.*|not UTF-8.*"), "problem.notUtf8"),
            new Rule(Pattern.compile("required column is missing"), "problem.missingColumn"),
            new Rule(Pattern.compile("unknown column.*"), "problem.unknownColumn"),
            new Rule(Pattern.compile("required value is (empty|missing).*"), "problem.missingValue"),
            new Rule(Pattern.compile("ambiguous date.*"), "problem.ambiguousDate"),
            new Rule(Pattern.compile("not a date.*|no such day.*"), "problem.badDate"),
            new Rule(Pattern.compile("unknown value '(.*)' \\(expected one of (.*)\\)"), "problem.unknownValue"),
            new Rule(Pattern.compile("duplicate .*'(.*)' \\(lines.*"), "problem.duplicate"),
            new Rule(Pattern.compile("row has \\d+ values but the header has \\d+ columns"), "problem.rowLength"),
            new Rule(Pattern.compile("cannot parse CSV.*"), "problem.brokenCsv"),
            new Rule(Pattern.compile("not a whole number.*"), "problem.notANumber"),
            new Rule(Pattern.compile("expected yes or no.*"), "problem.yesNo"));

    private final Messages messages;

    public ProblemWording(Messages messages) {
        this.messages = messages;
    }

    public ListedProblem of(BundleProblem p) {
        return of(p.file(), p.line(), p.field(), p.message());
    }

    public ListedProblem of(ImportProblem p) {
        return of(p.file(), p.line(), p.field(), p.message());
    }

    /** A sign-on sheet's problem: its row as well as its line. */
    public ListedProblem of(String sheet, SheetProblem p) {
        ListedProblem listed = of(sheet, p.line(), p.column(), p.message());
        return p.row() > 0 ? new ListedProblem(listed.plain(), messages.get("problem.row", p.row()) + ", "
                + listed.where()) : listed;
    }

    /**
     * @param line 0 when no line applies
     * @param field column or key; empty when the problem is about the whole file or row
     */
    public ListedProblem of(String file, long line, String field, String message) {
        String plain = null;
        for (Rule rule : RULES) {
            Matcher m = rule.message().matcher(message);
            if (m.matches()) {
                String named = m.groupCount() >= 1 && m.group(1) != null && rule.key().equals("problem.missingFile")
                        ? m.group(1) : file;
                plain = messages.get(rule.key(), named, field.isEmpty() ? "?" : field, line,
                        m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : "",
                        m.groupCount() >= 2 && m.group(2) != null ? m.group(2) : "");
                break;
            }
        }
        if (plain == null) {
            plain = messages.get(line > 0 ? "problem.inLine" : "problem.inFile", file, line);
        }
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(", ").append(messages.get("problem.line", line));
        }
        if (!field.isEmpty()) {
            where.append(", ").append(messages.get("problem.field", field));
        }
        where.append(": ").append(message);
        return new ListedProblem(plain, where.toString());
    }
}
