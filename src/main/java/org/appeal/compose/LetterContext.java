package org.appeal.compose;

import org.appeal.compose.view.CampaignView;
import org.appeal.compose.view.CitationsView;
import org.appeal.compose.view.HistoryView;
import org.appeal.compose.view.LetterView;
import org.appeal.compose.view.RecipientView;
import org.appeal.compose.view.SignatoriesView;
import org.appeal.compose.view.SignatoryView;
import org.appeal.compose.view.WordsView;
import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterWord;
import org.appeal.domain.Recipient;
import org.appeal.domain.Script;
import org.appeal.domain.SignatoriesAsOf;
import org.appeal.domain.Signatory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template sees: plain view records, never services or domain internals. The references
 * ({@code $campaign}, {@code $letter}, {@code $addressee}, {@code $copies}, {@code $recipient},
 * {@code $signatories}, {@code $history}, {@code $citations}, {@code $quotes}, {@code $words}) and
 * every field of their views are listed, with their explanations, in {@link TemplateVocabulary},
 * which a test keeps in step with these records. {@code $quotes} holds each evidence quote by its
 * key, {@code $quotes.get("coi-2014")}, so a letter quotes the checked words of its evidence rather
 * than a copy that may drift from them.
 *
 * <p>Everything is in the letter's language: dates, layout words ({@code $words}), and names in
 * its script ({@link Script}): a Korean letter prints a recipient's or signatory's Hangul forms
 * where they have some, any other letter the romanised ones.
 */
public record LetterContext(CampaignView campaign, LetterView letter, RecipientView addressee,
                            List<RecipientView> copies, RecipientView recipient, SignatoriesView signatories,
                            HistoryView history, CitationsView citations, Map<String, String> quotes,
                            WordsView words) {
    public LetterContext {
        quotes = Map.copyOf(quotes);
    }

    /** A context without layout words (each empty), for callers that look at the data and print no frame. */
    public static LetterContext of(CampaignData data, Recipient recipient, Html subject) {
        return of(data, recipient, subject, SignatureImages.NONE, Map.of());
    }

    static LetterContext of(CampaignData data, Recipient recipient, Html subject, SignatureImages images,
                            Map<LetterWord, String> words) {
        String language = data.language();
        Script script = Script.of(language);
        // Under per-addressee letters each TO recipient is addressed themself (CampaignData.addresseeFor).
        Recipient to = data.addresseeFor(recipient).orElse(recipient).printedIn(script);
        SignatoriesAsOf listed = data.signatories().asOf(data.letter().signatoriesAsOf());
        String salutation = to.formOfAddress().isBlank() ? to.name() : to.formOfAddress();
        String asOf = LetterDates.format(listed.asOf(), language);
        return new LetterContext(
                new CampaignView(data.campaign().id(), data.campaign().title(), language),
                new LetterView(LetterDates.format(data.letter().date(), language), subject, salutation, null),
                recipientView(to, words),
                data.copied().stream().map(r -> recipientView(r.printedIn(script), words)).toList(),
                recipientView(recipient.printedIn(script), words),
                new SignatoriesView(asOf,
                        listed.organisations().stream().map(s -> signatoryView(s, script, images)).toList(),
                        listed.individuals().stream().map(s -> signatoryView(s, script, images)).toList()),
                HistoryViews.of(data, data.votes()),
                new CitationsView(data.letter().citations().way().key(), List.of(), List.of()),
                data.evidence().stream().collect(java.util.stream.Collectors.toMap(e -> e.citationKey(), e -> e.quote(),
                        (a, b) -> a)),
                wordsView(words, salutation, asOf));
    }

    private static SignatoryView signatoryView(Signatory s, Script script, SignatureImages images) {
        return SignatoryView.of(s.printedIn(script), images.uriOf(s));
    }

    private static RecipientView recipientView(Recipient printed, Map<LetterWord, String> words) {
        Map<String, String> places = Map.of("name", printed.name(), "title", printed.title());
        return RecipientView.of(printed, lines(LetterWord.ADDRESSEE, words, places),
                lines(LetterWord.COPY, words, places));
    }

    private static List<String> lines(LetterWord word, Map<LetterWord, String> words, Map<String, String> places) {
        String filled = word.fill(words.getOrDefault(word, ""), places);
        return filled.isEmpty() ? List.of() : Arrays.asList(filled.split("\n"));
    }

    private static WordsView wordsView(Map<LetterWord, String> words, String salutation, String asOf) {
        return new WordsView(
                LetterWord.SALUTATION.fill(text(words, LetterWord.SALUTATION), Map.of("name", salutation)),
                text(words, LetterWord.SUBJECT), text(words, LetterWord.COPIES), text(words, LetterWord.FAX),
                text(words, LetterWord.EMAIL), text(words, LetterWord.CLOSING),
                LetterWord.SIGNATORIES.fill(text(words, LetterWord.SIGNATORIES), Map.of("date", asOf)),
                text(words, LetterWord.GROUPS), text(words, LetterWord.INDIVIDUALS), text(words, LetterWord.NOTES),
                text(words, LetterWord.BIBLIOGRAPHY), text(words, LetterWord.BRIEFING), text(words, LetterWord.DATE),
                text(words, LetterWord.TO), PageNumberCss.of(text(words, LetterWord.PAGE)));
    }

    private static String text(Map<LetterWord, String> words, LetterWord word) {
        return words.getOrDefault(word, "");
    }

    LetterContext withBody(Html body) {
        return new LetterContext(campaign, letter.withBody(body), addressee, copies, recipient, signatories, history,
                citations, quotes, words);
    }

    LetterContext withCitations(CitationsView newCitations) {
        return new LetterContext(campaign, letter, addressee, copies, recipient, signatories, history, newCitations,
                quotes, words);
    }

    Map<String, Object> model() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("campaign", campaign);
        model.put("letter", letter);
        model.put("addressee", addressee);
        model.put("copies", copies);
        model.put("recipient", recipient);
        model.put("signatories", signatories);
        model.put("history", history);
        model.put("citations", citations);
        model.put("quotes", quotes);
        model.put("words", words);
        return model;
    }
}
