package org.appeal.compose;

import org.appeal.compose.TemplateType.Kind;
import org.appeal.compose.view.BodyHistoryView;
import org.appeal.compose.view.CampaignView;
import org.appeal.compose.view.CitationsView;
import org.appeal.compose.view.HistoryCellView;
import org.appeal.compose.view.HistoryHeadings;
import org.appeal.compose.view.HistoryView;
import org.appeal.compose.view.HistoryYearView;
import org.appeal.compose.view.LetterView;
import org.appeal.compose.view.RecipientView;
import org.appeal.compose.view.ResolutionView;
import org.appeal.compose.view.RunView;
import org.appeal.compose.view.SignatoriesView;
import org.appeal.compose.view.SignatoryView;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.appeal.compose.TemplateField.method;
import static org.appeal.compose.TemplateField.property;

/**
 * Every reference a template may use: its name, type, a one-line explanation and what it gives
 * for the sample campaign, and for each view type the fields that may follow a dot.
 *
 * <p>This list is the template language. The sandbox's allow-list ({@link VocabularyUberspector})
 * lets a template read these fields and call these methods and nothing else; the reference tables
 * of {@code docs/templates.md} are written from it ({@link TemplateVocabularyDoc}); the editor's
 * field picker, completion and hover read it. A value whose type is not printable (a view, a list,
 * yes/no) is refused where text belongs, with a message built from its {@code suggested} fields.
 */
public final class TemplateVocabulary {
    public static final TemplateType TEXT = scalar("text", Kind.TEXT, String.class,
            "words as the data holds them, printed escaped (a name such as `A & B <C>` prints exactly as typed)");
    public static final TemplateType FORMATTED = scalar("formatted text", Kind.FORMATTED, Html.class,
            "text already turned into HTML (inline tags such as `<sup>` kept), printed as it is");
    public static final TemplateType NUMBER = scalar("number", Kind.NUMBER, Integer.class, "a whole number");
    public static final TemplateType YES_NO = scalar("yes/no value", Kind.YES_NO, Boolean.class,
            "true or false: for `#if`, never printed");
    public static final TemplateType CITATION_KEY = scalar("citation key", Kind.CITATION_KEY, CitationKey.class,
            "a key to cite by, printed as it is after `@`: `[words](@$history.ga.latest.key)`");

    public static final TemplateType LINES = list(TEXT, "lines of text");

    public static final TemplateType CAMPAIGN = view("campaign", CampaignView.class, "the campaign",
            List.of("title"),
            property("id", TEXT, "the campaign's id in the workspace", "rok-unga80-dprk-2025"),
            property("title", TEXT, "the campaign's title",
                    "2025 North Korean human rights resolution, 80th UN General Assembly"),
            property("language", TEXT, "the letter's language: `en` or `ko`", "en"));

    public static final TemplateType LETTER = view("letter", LetterView.class, "the letter's own fields",
            List.of("date", "salutation"),
            property("date", TEXT, "the letter date, formatted in the letter's language "
                    + "(\"2025년 10월 28일\" in Korean)", "October 28, 2025"),
            property("subject", FORMATTED, "the subject line, inline tags such as `<sup>` kept",
                    "2025 North Korean human rights resolution to be adopted at the 80<sup>th</sup> United Nations"
                            + " General Assembly"),
            property("salutation", TEXT, "the addressee's form of address, else the name", "President Lee Jae-myung"),
            property("body", FORMATTED, "the rendered body: in the layout only (the body has no value of itself)",
                    ""));

    public static final TemplateType RECIPIENT = view("recipient", RecipientView.class,
            "someone the letter goes to, as `recipients.csv` has them, in the script of the letter's language (the"
                    + " Hangul forms in a Korean letter where there are some)", List.of("name", "formOfAddress"),
            property("id", TEXT, "the recipient's id in `recipients.csv`", "president"),
            property("copy", YES_NO, "whether the recipient gets a copy (CC) rather than the letter (TO)", "false"),
            property("formOfAddress", TEXT, "how the letter addresses them; may be empty", "President Lee Jae-myung"),
            property("name", TEXT, "the name", "Lee Jae-myung"),
            property("title", TEXT, "the title or position", "President of the Republic of Korea"),
            property("office", TEXT, "the office; may be empty", ""),
            property("addressLines", LINES, "the postal address, a line each", ""),
            property("fax", TEXT, "the fax number as typed; may be empty", "+82 2-770-4721"),
            property("email", TEXT, "the e-mail address as typed; may be empty", "president.go.kr"),
            property("heading", LINES, "the lines naming them as the addressee, in the letter's way (the `addressee`"
                    + " layout word: name, then title in English; \"홍길동 장관 귀하\" in Korean)", ""),
            property("copyHeading", LINES, "the lines naming them in the copies block (the `copy` layout word:"
                    + " \"Prime Minister Kim Min-seok\"; \"홍길동 장관\" in Korean)", ""));
    public static final TemplateType RECIPIENTS = list(RECIPIENT, "recipients");

    public static final TemplateType SIGNATORY = view("signatory", SignatoryView.class,
            "an organisation or a person that signed, in the script of the letter's language", List.of("name"),
            property("name", TEXT, "the name", "Centro para la Apertura y el Desarrollo de América Latina"),
            property("acronym", TEXT, "an organisation's acronym; may be empty", "CADAL"),
            property("title", TEXT, "a person's title or affiliation; may be empty", ""),
            property("country", TEXT, "the country; may be empty", ""),
            property("signatureImage", TEXT, "the signature or logo image as a `file:` URI for `<img src>`; "
                    + "empty when there is none", ""));
    public static final TemplateType SIGNATORY_LIST = list(SIGNATORY, "signatories");

    public static final TemplateType SIGNATORIES = view("signatory block", SignatoriesView.class,
            "who signed as of the letter's \"signatories as of\" date, in list order", List.of("asOf"),
            property("asOf", TEXT, "the as-of date, formatted in the letter's language", "July 9, 2025"),
            property("organisations", SIGNATORY_LIST, "the organisations, in list order", ""),
            property("individuals", SIGNATORY_LIST, "the individuals, in list order", ""));

    public static final TemplateType RESOLUTION = view("resolution", ResolutionView.class,
            "a UN resolution of the campaign; fields that are not known are empty", List.of("symbol", "number"),
            property("symbol", TEXT, "the UN symbol", "A/RES/78/218"),
            property("number", TEXT, "what follows \"RES/\" in the symbol", "78/218"),
            property("body", TEXT, "the body's name in the letter's language", "General Assembly"),
            property("session", TEXT, "the session", "78"),
            property("title", TEXT, "the title", ""),
            property("adoptedOn", TEXT, "the adoption day, formatted in the letter's language", "December 19, 2023"),
            property("adoption", TEXT, "\"adopted by recorded vote\" or \"adopted without a vote\"; empty when not"
                    + " known", ""),
            property("vote", TEXT, "the target state's recorded vote (\"yes\", \"no\", \"abstained\", \"absent\");"
                    + " empty when not known", ""),
            property("key", CITATION_KEY, "the key to cite this resolution by", "a-res-78-218"));
    public static final TemplateType RESOLUTIONS = list(RESOLUTION, "resolutions");

    public static final TemplateType RUN = view("run", RunView.class,
            "a stretch of consecutive years with the same co-sponsorship status across both bodies",
            List.of("text", "phrase"),
            property("text", TEXT, "the run's time as a sentence begins with it", "Every year from 2008 to 2018"),
            property("phrase", TEXT, "the same inside a sentence", "every year from 2008 to 2018"),
            property("start", TEXT, "when the run began, as a sentence begins with it (for \"returned to"
                    + " co-sponsoring\")", "In 2008"),
            property("status", TEXT, "`yes`, `no` or `unknown`", "yes"),
            property("cosponsored", YES_NO, "whether the state co-sponsored throughout the run", "true"),
            property("from", NUMBER, "the run's first year", "2008"),
            property("to", NUMBER, "the run's last year", "2018"),
            property("bodies", LINES, "the names of the bodies whose decisions make up the run", ""));
    public static final TemplateType RUNS = list(RUN, "runs");

    public static final TemplateType BODY = view("body's history", BodyHistoryView.class,
            "one UN body's resolutions", List.of("name"),
            property("code", TEXT, "`GA` or `HRC`", "GA"),
            property("name", TEXT, "the body's name in the letter's language", "General Assembly"),
            property("resolutions", RESOLUTIONS, "its resolutions in adoption order (by session, then day)", ""),
            property("recent", RESOLUTIONS, "its two most recent resolutions with a known adoption day, oldest"
                    + " first", ""),
            property("latest", RESOLUTION, "the most recent of them; no value when there is none", ""),
            property("previous", RESOLUTION, "the one before it; no value when there is none", ""));
    public static final TemplateType BODIES = list(BODY, "bodies' histories");

    public static final TemplateType CELL = view("history cell", HistoryCellView.class,
            "what the state did on one body's resolutions in one year", List.of("label"),
            property("status", TEXT, "`yes`, `no`, `unknown` or `mixed`, usable as a CSS class", "yes"),
            property("label", TEXT, "the status in the letter's language", "co-sponsored"));
    public static final TemplateType YEAR = view("history year", HistoryYearView.class,
            "one row of the history table", List.of("year"),
            property("year", NUMBER, "the year", "2008"),
            property("cells", list(CELL, "history cells"), "what the state did, per body of `$history.bodies`", ""));

    public static final TemplateType HEADINGS = view("history headings", HistoryHeadings.class,
            "the history table's headings in the letter's language", List.of("year"),
            property("year", TEXT, "the heading of the years column", "Year"),
            property("resolution", TEXT, "the heading of the resolution symbols", "Resolution"),
            property("title", TEXT, "the heading of the resolution titles", "Title"),
            property("adopted", TEXT, "the heading of the adoption days", "Adopted"),
            property("adoption", TEXT, "the heading of how each was adopted", "Adoption"),
            property("vote", TEXT, "the heading of the target state's votes", "Vote of Republic of Korea"));

    public static final TemplateType HISTORY = view("history", HistoryView.class,
            "the target state's resolution history, as known on the letter's date", List.of("state"),
            property("state", TEXT, "the target state as `campaign.yaml` names it; empty when not set",
                    "Republic of Korea"),
            property("runs", RUNS, "the co-sponsorship runs in time order", ""),
            property("firstCosponsored", RUN, "the earliest run of co-sponsoring; no value when there is none", ""),
            property("lastDeclined", RUN, "the most recent run of not co-sponsoring; no value when there is none", ""),
            property("lastCosponsored", RUN, "the most recent run of co-sponsoring; no value when there is none", ""),
            property("bodies", BODIES, "the bodies the state's records mention: the history table's columns", ""),
            property("years", list(YEAR, "history years"), "every year from the first record to the last: the"
                    + " table's rows", ""),
            property("recent", RESOLUTIONS, "the two most recent resolutions of any body with a known adoption day,"
                    + " oldest first", ""),
            property("ga", BODY, "the General Assembly's resolutions", ""),
            property("hrc", BODY, "the Human Rights Council's resolutions", ""),
            property("headings", HEADINGS, "the history table's headings", ""));

    public static final TemplateType NOTE = view("note", CitationsView.NoteView.class, "one numbered citation note",
            List.of("text"),
            property("number", NUMBER, "the number printed at its reference", ""),
            property("text", FORMATTED, "the note in the letter's citation style", ""),
            property("anchor", TEXT, "the name of the note's place, which its reference links to: write it as the"
                    + " note's `id` (`note-1`; each part of a bilingual letter has its own, such as `ko-note-1`)", ""));

    public static final TemplateType CITATIONS = view("citations", CitationsView.class,
            "the letter's citations as its layout prints them", List.of("way"),
            property("way", TEXT, "`links`, `footnotes` or `endnotes`", "links"),
            property("notes", list(NOTE, "notes"), "the numbered notes in order (the layout prints them for"
                    + " endnotes); empty while the body is evaluated", ""),
            property("bibliography", list(FORMATTED, "formatted entries"), "every cited source in the letter's"
                    + " style, when the letter asks for a bibliography", ""));

    public static final TemplateType WORDS = view("layout words", org.appeal.compose.view.WordsView.class,
            "the words a layout prints around the letter's own text, in the letter's language: from"
                    + " `templates/words/<language>.properties`, with the campaign's and the letter's own over them"
                    + " (see [Layout words and languages](#layout-words-and-languages))", List.of("salutation", "closing"),
            property("salutation", TEXT, "the salutation with the addressee's form of address, else their name",
                    "Dear President Lee Jae-myung,"),
            property("subject", TEXT, "the label before the subject", "Re:"),
            property("copies", TEXT, "the label of the copies block", "CC."),
            property("fax", TEXT, "the label before a fax number", "Fax:"),
            property("email", TEXT, "the label before an e-mail address", "E-mail:"),
            property("closing", TEXT, "the closing before the signatories", "Sincerely,"),
            property("signatories", TEXT, "the signatory block's heading with the as-of date",
                    "Signatories (as of July 9, 2025)"),
            property("groups", TEXT, "the heading of the organisations", "Groups"),
            property("individuals", TEXT, "the heading of the individuals", "Individuals"),
            property("notes", TEXT, "the heading of endnotes", "Notes"),
            property("bibliography", TEXT, "the heading of the bibliography", "Sources"),
            property("briefing", TEXT, "the title of a briefing note", "Briefing note"),
            property("date", TEXT, "the label before a briefing note's date", "Date:"),
            property("to", TEXT, "the label before a briefing note's recipient", "To:"),
            property("pageNumber", FORMATTED, "the page number as a CSS `content` value for an `@page` margin box"
                    + " (`- 2 -` in Korean)", "counter(page)"));

    public static final TemplateType QUOTES = new TemplateType("quote lookup", Kind.LOOKUP, Map.class,
            "the evidence quotes by their key", List.of(
            method("get", "\"key\"", TEXT, "the quote of the evidence with that key, as checked against its source",
                    "")), null, List.of());

    public static final TemplateType LOOP = new TemplateType("loop position", Kind.LOOP, Object.class,
            "where the innermost `#foreach` stands", List.of(
            property("index", NUMBER, "the item's position, counting from 0", ""),
            property("count", NUMBER, "the item's position, counting from 1", ""),
            property("first", YES_NO, "whether this is the first item", ""),
            property("last", YES_NO, "whether this is the last item", ""),
            property("hasNext", YES_NO, "whether another item follows", "")), null, List.of("count"));

    private static final List<TemplateField> REFERENCES = List.of(
            property("campaign", CAMPAIGN, "the campaign", ""),
            property("letter", LETTER, "the letter's date, subject, salutation and (in the layout) body", ""),
            property("addressee", RECIPIENT, "the TO recipient", ""),
            property("copies", RECIPIENTS, "the CC recipients, in their order", ""),
            property("recipient", RECIPIENT, "whom this copy goes to (a CC recipient gets the identical letter)", ""),
            property("signatories", SIGNATORIES, "who signed", ""),
            property("history", HISTORY, "the target state's resolution history", ""),
            property("citations", CITATIONS, "the letter's notes and bibliography (layout)", ""),
            property("quotes", QUOTES, "the evidence quotes, by key: `$quotes.get(\"coi-2014\")` quotes the checked"
                    + " words of the evidence rather than a copy that may drift from them", ""),
            property("words", WORDS, "the layout words in the letter's language: the frame around its text", ""),
            property("foreach", LOOP, "inside a `#foreach`: where the loop stands", ""));

    private static final Map<Class<?>, TemplateType> VIEWS = types().stream()
            .filter(t -> t.kind() == Kind.VIEW).collect(Collectors.toUnmodifiableMap(TemplateType::javaType, t -> t));

    private TemplateVocabulary() {
    }

    /** The references a template starts from ({@code $campaign}, {@code $addressee}, ...), in documentation order. */
    public static List<TemplateField> references() {
        return REFERENCES;
    }

    /** The reference named {@code name} (without {@code $}). */
    public static Optional<TemplateField> reference(String name) {
        return REFERENCES.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * The type a written path gives, such as {@code $history.ga.latest} or {@code $copies.get(0)};
     * empty when the path leaves the vocabulary. Loop variables ({@code $c} in {@code #foreach($c in
     * $copies)}) are not references of their own and give nothing.
     */
    public static Optional<TemplateType> typeOf(String path) {
        String[] parts = path.replaceFirst("^\\$!?\\{?", "").replaceFirst("}$", "").split("\\.");
        Optional<TemplateType> type = reference(parts[0]).map(TemplateField::type);
        for (int i = 1; i < parts.length && type.isPresent(); i++) {
            String part = parts[i];
            int paren = part.indexOf('(');
            if (paren < 0) {
                type = type.get().property(part).map(TemplateField::type);
            } else {
                String name = part.substring(0, paren);
                int arguments = part.substring(paren + 1).replace(")", "").isBlank() ? 0 : 1;
                type = type.get().field(name, arguments).map(TemplateField::type);
            }
        }
        return type;
    }

    /** Every type the references lead to, each once, in the order the documentation lists them. */
    public static List<TemplateType> types() {
        Map<String, TemplateType> seen = new LinkedHashMap<>();
        Deque<TemplateType> next = new ArrayDeque<>();
        REFERENCES.forEach(r -> next.add(r.type()));
        while (!next.isEmpty()) {
            TemplateType type = next.poll();
            if (seen.putIfAbsent(type.name(), type) == null) {
                type.fields().forEach(f -> next.add(f.type()));
            }
        }
        return List.copyOf(seen.values());
    }

    /** The view type whose values are of {@code javaType}, such as {@link #RECIPIENT} for {@link RecipientView}. */
    public static Optional<TemplateType> viewOf(Class<?> javaType) {
        return Optional.ofNullable(VIEWS.get(javaType));
    }

    private static TemplateType scalar(String name, Kind kind, Class<?> javaType, String explanation) {
        return new TemplateType(name, kind, javaType, explanation, List.of(), null, List.of());
    }

    private static TemplateType view(String name, Class<? extends Record> javaType, String explanation,
                                     List<String> suggested, TemplateField... fields) {
        return new TemplateType(name, Kind.VIEW, javaType, explanation, List.of(fields), null, suggested);
    }

    static TemplateType list(TemplateType element, String plural) {
        List<TemplateField> fields = new ArrayList<>();
        fields.add(method("size", "", NUMBER, "how many " + plural + " there are", ""));
        fields.add(method("isEmpty", "", YES_NO, "whether there are none", ""));
        fields.add(method("get", "n", element, "the item at position n, counting from 0; also written `[n]`", ""));
        return new TemplateType("list of " + plural, Kind.LIST, List.class,
                "gone through with `#foreach`, never printed as a whole", fields, element, List.of());
    }
}
