package org.appeal.ui.letter;

import org.appeal.compose.BodyCheck;
import org.appeal.compose.BodySyntax;
import org.appeal.compose.PrintableReferences;
import org.appeal.compose.ReferenceValues;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateField;
import org.appeal.compose.TemplateType;
import org.appeal.compose.TemplateVocabulary;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.Evidence;
import org.appeal.domain.Recipient;
import org.appeal.domain.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the body editor offers and explains, from the template vocabulary and the campaign: the
 * field picker's entries with what each prints for the recipient in preview, completion after
 * {@code $} and {@code @}, hover, the marks of {@link BodyCheck}, and the text each Insert item
 * writes. No node: tested without the toolkit. Values are worked out once per campaign state and
 * recipient ({@link #invalidate()} when they change), not per keystroke.
 */
public final class BodyAssistant {
    /** The picker's groups, in order: what a template sees. */
    public static final List<String> GROUPS = List.of("letter", "addressee", "recipient", "signatories", "history",
            "quotes", "campaign");

    /** One thing the picker or completion offers: {@code insert} is the text written. */
    public record Item(String group, String insert, String explanation, Supplier<ReferenceValues.Printed> value) {
        public String printed() {
            ReferenceValues.Printed p = value.get();
            return p.problem().orElse(p.text());
        }
    }

    /** Completion at the caret: {@code replaced} is the part already typed that the chosen item replaces. */
    public record Completions(TextRange replaced, List<Item> items) {
    }

    /** A work that can be cited: an evidence item or a source. */
    public record Citable(String key, boolean evidence, String title, String quote) {
    }

    /** What hovering a part of the body shows. */
    public record Hover(TextRange range, String written, String explanation, Optional<ReferenceValues.Printed> printed,
                        Optional<BodyCheck.Issue> issue) {
    }

    private final Renderer renderer;
    private final Supplier<CampaignData> data;
    private final Supplier<Recipient> recipient;
    private ReferenceValues values;
    private Set<String> citableKeys;
    private final Map<String, ReferenceValues.Printed> printed = new HashMap<>();

    public BodyAssistant(Renderer renderer, Supplier<CampaignData> data, Supplier<Recipient> recipient) {
        this.renderer = renderer;
        this.data = data;
        this.recipient = recipient;
    }

    /** The campaign, the letter's fields or the recipient in preview changed: values are worked out again. */
    public void invalidate() {
        values = null;
        citableKeys = null;
        printed.clear();
    }

    /** What a reference prints for the recipient in preview, as the letter prints it (or why it prints nothing). */
    public ReferenceValues.Printed print(String written) {
        return printed.computeIfAbsent(written, w -> {
            if (values == null) {
                CampaignData now = data.get();
                if (now.addressee().isEmpty() && recipient.get() == null) {
                    return ReferenceValues.Printed.problem("the letter has no recipient");
                }
                values = renderer.values(now, recipient.get());
            }
            return values.print(w);
        });
    }

    /** Every evidence key and source id: what a citation may name. */
    public Set<String> citableKeys() {
        if (citableKeys == null) {
            Set<String> keys = new LinkedHashSet<>();
            citables().forEach(c -> keys.add(c.key()));
            citableKeys = Set.copyOf(keys);
        }
        return citableKeys;
    }

    public List<Citable> citables() {
        CampaignData now = data.get();
        List<Citable> all = new ArrayList<>();
        for (Evidence e : now.evidence()) {
            String title = now.source(e.sourceId()).map(Source::title).orElse(e.sourceId());
            all.add(new Citable(e.citationKey(), true, title, e.quote()));
        }
        for (Source s : now.sources()) {
            all.add(new Citable(s.id(), false, s.title(), ""));
        }
        return all;
    }

    /** How the letter cites: {@code links}, {@code footnotes} or {@code endnotes}. */
    public CitationSettings.Way citationWay() {
        return data.get().letter().citations().way();
    }

    public List<BodyCheck.Issue> issues(BodySyntax.Reading reading) {
        return BodyCheck.check(reading, citableKeys());
    }

    /** The field picker's entries, group by group ({@link #GROUPS}); quotes one per evidence key. */
    public List<Item> fields() {
        List<Item> items = new ArrayList<>();
        for (PrintableReferences.Entry e : PrintableReferences.printable()) {
            items.add(new Item(e.group(), e.path(), e.field().explanation(), () -> print(e.path())));
        }
        for (Evidence e : data.get().evidence()) {
            String written = "$quotes.get(\"" + e.citationKey() + "\")";
            String title = data.get().source(e.sourceId()).map(Source::title).orElse(e.sourceId());
            items.add(new Item("quotes", written, title, () -> print(written)));
        }
        items.sort(Comparator.comparingInt(i -> GROUPS.indexOf(i.group())));
        return items;
    }

    /**
     * What may complete the reference or citation key being typed before {@code caret}: after {@code $}
     * the printable references (those beginning with what is typed first, the fields the vocabulary
     * suggests before the others, then those whose last name holds it), after {@code @} the keys.
     */
    public Optional<Completions> completions(String text, int caret) {
        int k = caret - 1;
        while (k >= 0 && caret - k < 120 && isReferenceChar(text.charAt(k))) {
            k--;
        }
        if (k < 0 || (text.charAt(k) != '$' && text.charAt(k) != '@')) {
            return Optional.empty();
        }
        String typed = text.substring(k + 1, caret);
        TextRange replaced = new TextRange(k, caret);
        if (text.charAt(k) == '@') {
            if (!typed.matches("[\\p{L}\\p{N}_.:/-]*") || (k > 0 && Character.isLetterOrDigit(text.charAt(k - 1)))) {
                return Optional.empty();  // an e-mail address, not a citation
            }
            String lower = typed.toLowerCase(Locale.ROOT);
            List<Item> keys = citables().stream().filter(c -> c.key().toLowerCase(Locale.ROOT).contains(lower))
                    .sorted(Comparator.comparing((Citable c) -> !c.key().toLowerCase(Locale.ROOT).startsWith(lower)))
                    .map(c -> new Item(c.evidence() ? "evidence" : "sources", "@" + c.key(), c.title(),
                            () -> new ReferenceValues.Printed(c.quote(), Optional.empty())))
                    .toList();
            return keys.isEmpty() ? Optional.empty() : Optional.of(new Completions(replaced, keys));
        }
        String wanted = ("$" + typed.replaceFirst("^!?\\{?", "")).toLowerCase(Locale.ROOT);
        List<Item> all = fields();
        List<Item> starting = new ArrayList<>();
        List<Item> containing = new ArrayList<>();
        for (Item item : all) {
            String path = item.insert().toLowerCase(Locale.ROOT);
            if (path.startsWith(wanted)) {
                starting.add(item);
            } else if (wanted.length() > 2 && path.substring(path.lastIndexOf('.') + 1).contains(wanted.substring(1))) {
                containing.add(item);
            }
        }
        starting.sort(Comparator.comparingInt(BodyAssistant::suggestedRank));
        starting.addAll(containing);
        return starting.isEmpty() ? Optional.empty() : Optional.of(new Completions(replaced, starting));
    }

    private static boolean isReferenceChar(char c) {
        return Character.isLetterOrDigit(c) || "._-!{(\"):/".indexOf(c) >= 0;
    }

    /** The fields a type suggests come first: {@code $addressee.name} before {@code $addressee.id}. */
    private static int suggestedRank(Item item) {
        String path = item.insert();
        int dot = path.lastIndexOf('.');
        if (dot < 0 || path.contains("(")) {
            return 99;
        }
        Optional<TemplateType> parent = TemplateVocabulary.typeOf(path.substring(0, dot));
        int rank = parent.map(t -> t.suggested().indexOf(path.substring(dot + 1))).orElse(-1);
        return rank < 0 ? 99 : rank;
    }

    /** The explanation of the last name of a reference, from the vocabulary; empty when it has none. */
    public static String explanation(String path) {
        String bare = path.replaceFirst("^\\$!?\\{?", "").replaceFirst("}$", "");
        int dot = bare.lastIndexOf('.');
        if (dot < 0) {
            return TemplateVocabulary.reference(bare).map(TemplateField::explanation).orElse("");
        }
        String last = bare.substring(dot + 1);
        int paren = last.indexOf('(');
        String name = paren < 0 ? last : last.substring(0, paren);
        return TemplateVocabulary.typeOf(bare.substring(0, dot))
                .flatMap(t -> t.fields().stream().filter(f -> f.name().equals(name)).findFirst())
                .map(TemplateField::explanation).orElse("");
    }

    /** What hovering {@code offset} shows: a reference's value, a key's work, an issue with its fixes. */
    public Optional<Hover> hover(String text, BodySyntax.Reading reading, List<BodyCheck.Issue> issues, int offset) {
        Optional<BodyCheck.Issue> issue = issues.stream().filter(i -> i.start() <= offset && offset < i.end()).findFirst();
        Optional<BodySyntax.Reference> reference = reading.references().stream()
                .filter(r -> r.start() <= offset && offset < r.end()).findFirst();
        if (reference.isPresent()) {
            BodySyntax.Reference r = reference.get();
            boolean local = reading.loops().containsKey(r.root()) || reading.locals().contains(r.root());
            return Optional.of(new Hover(new TextRange(r.start(), r.end()), r.written(), explanation(r.written()),
                    local ? Optional.empty() : Optional.of(print(r.written())), issue));
        }
        Optional<BodySyntax.CitedKey> key = reading.keys().stream()
                .filter(c -> c.start() <= offset && offset < c.end()).findFirst();
        if (key.isPresent()) {
            Optional<Citable> work = citables().stream().filter(c -> c.key().equals(key.get().key())).findFirst();
            return Optional.of(new Hover(new TextRange(key.get().start(), key.get().end()), "@" + key.get().key(),
                    work.map(Citable::title).orElse(""),
                    work.map(c -> new ReferenceValues.Printed(c.quote(), Optional.empty())), issue));
        }
        return issue.map(i -> new Hover(new TextRange(i.start(), i.end()), i.written(), "", Optional.empty(), issue));
    }

    /** A citation of {@code key} the letter's way: cited words for links, a note otherwise. */
    public String citation(String key, String words) {
        return citationWay() == CitationSettings.Way.LINKS
                ? "[" + (words.isBlank() ? key : words.replace("]", "\\]")) + "](@" + key + ")"
                : (words.isBlank() ? "" : words + " ") + "[@" + key + "]";
    }

    /** A quote of an evidence item, with its citation: the checked words, never a copy of them. */
    public String quote(String key) {
        String quoted = "$quotes.get(\"" + key + "\")";
        return citationWay() == CitationSettings.Way.LINKS
                ? "\"[" + quoted + "](@" + key + ")\""
                : "\"" + quoted + "\" [@" + key + "]";
    }

    /** The signatories of one list, by name, separated by commas. */
    public static String signatoryList(String list) {
        return "#foreach($s in $signatories." + list + ")$s.name#if($foreach.hasNext), #end#end";
    }

    /** A sentence that starts from a run of the history, written only when the records have that run. */
    public static String historySentence(String run, String field) {
        return "#if($history." + run + ")$history." + run + "." + field + ", #end";
    }
}
