package org.appeal.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds macro calls that printed as written. Velocity prints a call to a macro nobody defined,
 * such as {@code #greeting()}, as its own text and says nothing, so the letter would carry template
 * code. A call in the template whose exact text stands in the output more often than the template
 * writes it escaped ({@code \#greeting()}, text on purpose) is that case: a blocking problem at the call.
 */
final class UnresolvedMacroCalls {
    private static final Pattern CALL = Pattern.compile("#\\{?([A-Za-z][A-Za-z0-9_-]*)}?\\s*\\(");
    /** Velocity's own directives and ours: never macro calls. */
    private static final Set<String> DIRECTIVES = Set.of("if", "elseif", "else", "end", "foreach", "set", "macro",
            "define", "parse", "include", "evaluate", "break", "stop");

    private UnresolvedMacroCalls() {
    }

    static List<Problem> find(String templateName, String source, String output) {
        List<Problem> problems = new ArrayList<>();
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            int start = call.start();
            if (DIRECTIVES.contains(call.group(1)) || (start > 0 && source.charAt(start - 1) == '\\')) {
                continue;
            }
            int end = closingParenthesis(source, call.end());
            if (end < 0) {
                continue;   // the parser has said what is wrong with it
            }
            String written = source.substring(start, end + 1);
            if (occurrences(output, written) > occurrences(source, "\\" + written)) {
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < start; i++) {
                    if (source.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                problems.add(Problem.blocking(templateName, line, start - lineStart + 1, "`" + written
                        + "` calls a macro that this template does not define, so it would print as written:"
                        + " check the name, or write `\\#" + call.group(1) + "` for the text itself"));
            }
        }
        return problems;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static int closingParenthesis(String s, int from) {
        int depth = 1;
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
