package org.appeal.app.delivery;

import org.appeal.compose.PlainText;
import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The e-mail a letter is attached to: a subject and a short text, edited by the user, with a few
 * placeholders filled in per recipient ({@code {salutation}}, {@code {name}}, {@code {subject}},
 * {@code {date}}, {@code {coalition}}). A placeholder it does not know is refused, never sent as
 * typed.
 */
public record CoverNote(String subject, String text) {
    public static final List<String> PLACEHOLDERS = List.of("salutation", "name", "subject", "date", "coalition");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    public CoverNote {
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
    }

    /** A subject and text taken from the letter, for the user to edit. */
    public static CoverNote from(CampaignData data, LetterDraft letter) {
        Objects.requireNonNull(letter, "letter");
        String closing = data.campaign().coalition().isBlank() ? "" : "\n{coalition}\n";
        return new CoverNote("{subject}", "Dear {salutation},\n\nPlease find attached our letter of {date}: {subject}."
                + "\n\nYours sincerely,\n" + closing);
    }

    /** Placeholders used that are not in {@link #PLACEHOLDERS}; the note cannot be sent while there are any. */
    public List<String> problems() {
        Set<String> unknown = new LinkedHashSet<>();
        for (String part : List.of(subject, text)) {
            Matcher m = PLACEHOLDER.matcher(part);
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group(1))) {
                    unknown.add(m.group());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        unknown.forEach(p -> problems.add("unknown placeholder " + p + " (known: " + String.join(", ",
                PLACEHOLDERS.stream().map(n -> "{" + n + "}").toList()) + ")"));
        if (subject.isBlank()) {
            problems.add("the subject is empty");
        }
        return problems;
    }

    /** The subject and text for one recipient. */
    public Filled fill(CampaignData data, LetterDraft letter, Recipient recipient) {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
        Locale locale = Locale.forLanguageTag(data.campaign().language());
        Map<String, String> values = Map.of(
                "salutation", salutation(recipient),
                "name", recipient.name(),
                "subject", PlainText.of(letter.subject()),
                "date", letter.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                "coalition", data.campaign().coalition());
        // Subjects are one line: a line break there would start the mail's body early.
        return new Filled(replace(subject, values).replaceAll("[\\r\\n]+", " ").strip(), replace(text, values));
    }

    /** A filled-in subject and text. */
    public record Filled(String subject, String text) {
    }

    /** "President Lee Jae-myung"; else title and name ("Prime Minister Kim Min-seok"); else "Sir or Madam". */
    static String salutation(Recipient r) {
        if (!r.formOfAddress().isBlank()) {
            return r.formOfAddress().strip();
        }
        String titled = (r.title().strip() + " " + r.name().strip()).strip();
        return titled.isEmpty() ? "Sir or Madam" : titled;
    }

    private static String replace(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
