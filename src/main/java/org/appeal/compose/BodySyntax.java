package org.appeal.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a letter body that are not the letter's own words: references, directives,
 * comments, citations and inline markup, each with where it stands in the text. A pure function
 * of the text, for the editor's highlighting, checks, hover, completion and spell checking; the
 * renderer stays the judge of what a letter is.
 *
 * <p>It reads a body the way Velocity and the Markdown step will, closely enough to colour it and
 * to point at what the vocabulary does not know. It never fails: text it cannot place is words.
 */
public final class BodySyntax {
    /** What a stretch of the body is. */
    public enum Kind {
        /** {@code $addressee.name}, {@code $!{letter.date}}, {@code $quotes.get("coi-2014")}. */
        REFERENCE,
        /** {@code #if}, {@code #foreach}, {@code #end}, a macro's call. */
        DIRECTIVE,
        /** {@code ## …} and {@code #* … *#}. */
        COMMENT,
        /** A bracketed citation {@code [see @coi-2014, para. 8]} or the target of cited words {@code ](@coi-2014)}. */
        CITATION,
        /** A key inside a citation: {@code coi-2014} (without the {@code @}). */
        CITATION_KEY,
        /** Words that cite, between {@code [} and {@code ](@key)}. */
        CITED_WORDS,
        /** Emphasis markers, allowed inline tags, a link's brackets and address. */
        MARKUP,
        /** A backslash that keeps the next character (or reference) literal, with what it keeps. */
        ESCAPE
    }

    /** One stretch of the body, {@code start} inclusive, {@code end} exclusive. */
    public record Token(Kind kind, int start, int end) {
    }

    /**
     * A reference as written.
     *
     * @param path    the path in the vocabulary's form, without {@code $}, {@code !} and braces, an index
     *                {@code [1]} written {@code .get(1)}: {@code history.recent.get(1)}
     * @param printed whether its value lands in the letter's text (false inside a directive's brackets,
     *                where it is tested, looped over or set)
     */
    public record Reference(int start, int end, String written, String path, boolean printed) {
        /** The name it starts from: {@code addressee} for {@code $addressee.name}. */
        public String root() {
            int dot = path.indexOf('.');
            return dot < 0 ? path : path.substring(0, dot);
        }
    }

    /** A literal key cited in the body ({@code coi-2014} of {@code @coi-2014}), where the key itself stands. */
    public record CitedKey(int start, int end, String key) {
    }

    /**
     * The body read.
     *
     * @param loops  the loop variables of {@code #foreach($s in $signatories.organisations)}, each with the
     *               path of what it goes through ({@code s → signatories.organisations})
     * @param locals other names the body sets itself ({@code #set}, macro parameters): their type is not known
     */
    public record Reading(List<Token> tokens, List<Reference> references, List<CitedKey> keys,
                          Map<String, String> loops, Set<String> locals) {
        public Reading {
            tokens = List.copyOf(tokens);
            references = List.copyOf(references);
            keys = List.copyOf(keys);
            loops = Map.copyOf(loops);
            locals = Set.copyOf(locals);
        }

        /** The reference that covers {@code offset} (a caret just after one counts). */
        public Optional<Reference> referenceAt(int offset) {
            return references.stream().filter(r -> r.start() <= offset && offset <= r.end()).findFirst();
        }

        /** The cited key that covers {@code offset}. */
        public Optional<CitedKey> keyAt(int offset) {
            return keys.stream().filter(k -> k.start() <= offset && offset <= k.end()).findFirst();
        }
    }

    private static final Set<String> DIRECTIVES = Set.of("if", "elseif", "else", "end", "foreach", "set", "parse",
            "include", "define", "macro", "break", "stop", "evaluate");
    private static final Pattern INLINE_TAG = Pattern.compile("</?(" + MarkdownBody.INLINE_TAGS + ")>|<br ?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY = Pattern.compile(CitationSyntax.KEY);
    private static final Pattern FOREACH = Pattern.compile("\\(\\s*\\$!?\\{?([A-Za-z][A-Za-z0-9_]*)}?\\s+in\\s+\\$!?\\{?"
            + "([A-Za-z][A-Za-z0-9_.()\"\\[\\]]*?)}?\\s*\\)");
    private static final Pattern SET = Pattern.compile("\\(\\s*\\$!?\\{?([A-Za-z][A-Za-z0-9_]*)}?\\s*=");
    private static final Pattern MACRO_PARAMETER = Pattern.compile("\\$([A-Za-z][A-Za-z0-9_]*)");

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<CitedKey> keys = new ArrayList<>();
    private final Map<String, String> loops = new LinkedHashMap<>();
    private final java.util.Set<String> locals = new java.util.HashSet<>();
    /** Where the pending link's closing {@code ]} stands, and whether its target is a citation. */
    private int linkClose = -1;

    private BodySyntax(String text) {
        this.text = text;
    }

    /** Reads the body; linear in its length. */
    public static Reading read(String body) {
        BodySyntax reader = new BodySyntax(body);
        reader.scan(0, body.length(), true);
        return new Reading(reader.tokens, reader.references, reader.keys, reader.loops, reader.locals);
    }

    private void scan(int from, int to, boolean printing) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int next = switch (c) {
                case '\\' -> escape(i, to);
                case '$' -> reference(i, to, printing, false);
                case '#' -> directive(i, to);
                case '[' -> bracket(i, to);
                case ']' -> closeLink(i, to);
                case '<' -> tag(i, to);
                case '*', '_' -> emphasis(i, to);
                default -> -1;
            };
            i = next > i ? next : i + 1;
        }
    }

    private int escape(int i, int to) {
        if (i + 1 >= to) {
            return -1;
        }
        char kept = text.charAt(i + 1);
        if (kept == '$') {
            int end = referenceEnd(i + 1, to);
            int stop = end > 0 ? end : i + 2;
            tokens.add(new Token(Kind.ESCAPE, i, stop));
            return stop;
        }
        if ("#[]*_<\\`".indexOf(kept) >= 0) {
            tokens.add(new Token(Kind.ESCAPE, i, i + 2));
            return i + 2;
        }
        return -1;
    }

    /** A reference starting at {@code i} ({@code $}); returns where it ends, or -1 when {@code $} is only a character. */
    private int reference(int i, int to, boolean printing, boolean asKey) {
        int end = referenceEnd(i, to);
        if (end < 0) {
            return -1;
        }
        String written = text.substring(i, end);
        references.add(new Reference(i, end, written, pathOf(written), printing));
        tokens.add(new Token(Kind.REFERENCE, i, end));
        // Arguments may hold references of their own ($quotes.get($key)): those are read, not printed.
        int open = written.indexOf('(');
        if (open > 0 && !asKey) {
            scanArguments(i + open, end);
        }
        return end;
    }

    private void scanArguments(int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                i = close < 0 || close >= to ? to : close + 1;
                continue;
            }
            if (c == '$') {
                int end = referenceEnd(i, to);
                if (end > 0) {
                    String written = text.substring(i, end);
                    references.add(new Reference(i, end, written, pathOf(written), false));
                    i = end;
                    continue;
                }
            }
            i++;
        }
    }

    /**
     * Where the reference starting at {@code i} ends, following Velocity: {@code $}, an optional {@code !},
     * an optional brace, a name, then {@code .name}, {@code .name(…)} or {@code […]}; a full stop that
     * ends a sentence is not part of it. -1 when no reference starts there.
     */
    private int referenceEnd(int i, int to) {
        int j = i + 1;
        if (j < to && text.charAt(j) == '!') {
            j++;
        }
        boolean brace = j < to && text.charAt(j) == '{';
        if (brace) {
            j++;
        }
        int name = identifierEnd(j, to);
        if (name < 0) {
            return -1;
        }
        j = name;
        while (j < to) {
            char c = text.charAt(j);
            if (c == '.' && identifierEnd(j + 1, to) > 0) {
                int member = identifierEnd(j + 1, to);
                if (member < to && text.charAt(member) == '(') {
                    int close = closing(member, to, '(', ')');
                    if (close < 0) {
                        break;
                    }
                    j = close + 1;
                } else {
                    j = member;
                }
            } else if (c == '[') {
                int close = closing(j, to, '[', ']');
                if (close < 0) {
                    break;
                }
                j = close + 1;
            } else {
                break;
            }
        }
        if (brace) {
            if (j < to && text.charAt(j) == '}') {
                return j + 1;
            }
            return -1;
        }
        return j;
    }

    private int identifierEnd(int j, int to) {
        if (j >= to || !isAsciiLetter(text.charAt(j))) {
            return -1;
        }
        int k = j + 1;
        while (k < to && (isAsciiLetter(text.charAt(k)) || Character.isDigit(text.charAt(k)) || text.charAt(k) == '_')) {
            k++;
        }
        return k;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The index of the bracket that closes the one at {@code open}, on the same line, quotes respected; -1 if none. */
    private int closing(int open, int to, char opening, char closing) {
        int depth = 0;
        for (int k = open; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return -1;
            }
            if (c == '"' && opening == '(') {
                int close = text.indexOf('"', k + 1);
                if (close < 0 || close >= to) {
                    return -1;
                }
                k = close;
                continue;
            }
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private int directive(int i, int to) {
        if (i + 1 >= to) {
            return -1;
        }
        char c = text.charAt(i + 1);
        if (c == '#') {
            int end = lineEnd(i, to);
            tokens.add(new Token(Kind.COMMENT, i, end));
            return end;
        }
        if (c == '*') {
            int close = text.indexOf("*#", i + 2);
            int end = close < 0 || close + 2 > to ? to : close + 2;
            tokens.add(new Token(Kind.COMMENT, i, end));
            return end;
        }
        boolean brace = c == '{';
        int nameStart = brace ? i + 2 : i + 1;
        int nameEnd = identifierEnd(nameStart, to);
        if (nameEnd < 0) {
            return -1;
        }
        String name = text.substring(nameStart, nameEnd);
        int end = nameEnd;
        if (brace) {
            if (end >= to || text.charAt(end) != '}') {
                return -1;
            }
            end++;
        }
        int open = end;
        while (open < to && (text.charAt(open) == ' ' || text.charAt(open) == '\t')) {
            open++;
        }
        boolean arguments = open < to && text.charAt(open) == '(';
        if (!DIRECTIVES.contains(name) && !arguments) {
            return -1;  // "#1 priority", "#hashtag": words
        }
        tokens.add(new Token(Kind.DIRECTIVE, i, end));
        if (!arguments) {
            return end;
        }
        int close = closing(open, to, '(', ')');
        if (close < 0) {
            return end;
        }
        String inside = text.substring(open, close + 1);
        switch (name) {
            case "foreach" -> {
                Matcher loop = FOREACH.matcher(inside);
                if (loop.matches()) {
                    loops.put(loop.group(1), pathOf("$" + loop.group(2)));
                }
            }
            case "set" -> {
                Matcher set = SET.matcher(inside);
                if (set.lookingAt()) {
                    locals.add(set.group(1));
                }
            }
            case "macro", "define" -> {
                Matcher parameter = MACRO_PARAMETER.matcher(inside);
                while (parameter.find()) {
                    locals.add(parameter.group(1));
                }
                return close + 1;  // a macro's parameters are names, not references
            }
            default -> {
            }
        }
        tokens.add(new Token(Kind.DIRECTIVE, open, open + 1));
        scanDirectiveArguments(open + 1, close);
        tokens.add(new Token(Kind.DIRECTIVE, close, close + 1));
        return close + 1;
    }

    private void scanDirectiveArguments(int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                i = close < 0 || close >= to ? to : close + 1;
                continue;
            }
            int next = c == '$' ? reference(i, to, false, false) : -1;
            i = next > i ? next : i + 1;
        }
    }

    private int lineEnd(int i, int to) {
        int newline = text.indexOf('\n', i);
        return newline < 0 || newline > to ? to : newline;
    }

    /** A bracketed citation, or the opening bracket of a link (cited words or an address). */
    private int bracket(int i, int to) {
        int end = lineEnd(i, to);
        Matcher citation = CitationSyntax.CITATION.matcher(text).region(i, end).useTransparentBounds(true);
        if (citation.lookingAt() && CitationSyntax.items(citation.group(1)).isPresent()) {
            tokens.add(new Token(Kind.CITATION, i, citation.end()));
            Matcher key = Pattern.compile("@(" + CitationSyntax.KEY + ")").matcher(text).region(i, citation.end());
            while (key.find()) {
                keys.add(new CitedKey(key.start(1), key.end(1), key.group(1)));
                tokens.add(new Token(Kind.CITATION_KEY, key.start(1), key.end(1)));
            }
            return citation.end();
        }
        int close = closing(i, end, '[', ']');
        if (close > 0 && close + 1 < end && text.charAt(close + 1) == '(') {
            boolean cites = close + 2 < end && text.charAt(close + 2) == '@';
            tokens.add(new Token(cites ? Kind.CITATION : Kind.MARKUP, i, i + 1));
            if (cites) {
                tokens.add(new Token(Kind.CITED_WORDS, i + 1, close));
            }
            linkClose = close;
            return i + 1;
        }
        return -1;
    }

    /** The end of a link: {@code ](@key)}, {@code ](@$history.ga.latest.key)} or {@code ](https://…)}. */
    private int closeLink(int i, int to) {
        if (i != linkClose) {
            return -1;
        }
        linkClose = -1;
        int close = closing(i + 1, lineEnd(i, to), '(', ')');
        if (close < 0) {
            return -1;
        }
        if (text.charAt(i + 2) != '@') {
            tokens.add(new Token(Kind.MARKUP, i, close + 1));
            return close + 1;
        }
        tokens.add(new Token(Kind.CITATION, i, i + 3));
        int keyStart = i + 3;
        if (keyStart < close && text.charAt(keyStart) == '$') {
            reference(keyStart, close, true, true);
        } else {
            Matcher key = KEY.matcher(text).region(keyStart, close);
            if (key.lookingAt()) {
                keys.add(new CitedKey(keyStart, key.end(), key.group()));
                tokens.add(new Token(Kind.CITATION_KEY, keyStart, key.end()));
            }
        }
        tokens.add(new Token(Kind.CITATION, close, close + 1));
        return close + 1;
    }

    private int tag(int i, int to) {
        Matcher tag = INLINE_TAG.matcher(text).region(i, to);
        if (tag.lookingAt()) {
            tokens.add(new Token(Kind.MARKUP, i, tag.end()));
            return tag.end();
        }
        return -1;
    }

    /** {@code **}, {@code *}, {@code __}, {@code _} next to words; an underscore inside a word is a character. */
    private int emphasis(int i, int to) {
        char c = text.charAt(i);
        int end = i;
        while (end < to && text.charAt(end) == c && end - i < 3) {
            end++;
        }
        boolean before = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean after = end < to && Character.isLetterOrDigit(text.charAt(end));
        if (c == '_' && before && after) {
            return end;
        }
        if (!before && !after) {
            return end;  // a lone "*" between spaces
        }
        tokens.add(new Token(Kind.MARKUP, i, end));
        return end;
    }

    /** {@code $!{history.recent[1].number}} → {@code history.recent.get(1).number}. */
    static String pathOf(String written) {
        String path = written.replaceFirst("^\\$!?\\{?", "");
        if (written.contains("{") && path.endsWith("}")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.replaceAll("\\[([^\\]]*)]", ".get($1)");
    }
}
