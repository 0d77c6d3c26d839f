package org.appeal.compose;

import org.appeal.compose.view.CampaignView;
import org.appeal.compose.view.CitationsView;
import org.appeal.compose.view.HistoryView;
import org.appeal.compose.view.LetterView;
import org.appeal.compose.view.RecipientView;
import org.appeal.compose.view.SignatoriesView;
import org.appeal.compose.view.SignatoryView;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.domain.SignatoriesAsOf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template sees: plain view records, never services or domain internals. The references
 * ({@code $campaign}, {@code $letter}, {@code $addressee}, {@code $copies}, {@code $recipient},
 * {@code $signatories}, {@code $history}, {@code $citations}, {@code $quotes}) and every field
 * of their views are listed, with their explanations, in {@link TemplateVocabulary}, which a test
 * keeps in step with these records. {@code $quotes} holds each evidence quote by its key,
 * {@code $quotes.get("coi-2014")}, so a letter quotes the checked words of its evidence rather
 * than a copy that may drift from them.
 */
public record LetterContext(CampaignView campaign, LetterView letter, RecipientView addressee,
                            List<RecipientView> copies, RecipientView recipient, SignatoriesView signatories,
                            HistoryView history, CitationsView citations, Map<String, String> quotes) {
    public LetterContext {
        quotes = Map.copyOf(quotes);
    }


    public static LetterContext of(CampaignData data, Recipient recipient, Html subject) {
        return of(data, recipient, subject, SignatureImages.NONE);
    }

    static LetterContext of(CampaignData data, Recipient recipient, Html subject, SignatureImages images) {
        String language = data.campaign().language();
        // Under per-addressee letters each TO recipient is addressed themself (CampaignData.addresseeFor).
        Recipient to = data.addresseeFor(recipient).orElse(recipient);
        SignatoriesAsOf listed = data.signatories().asOf(data.letter().signatoriesAsOf());
        String salutation = to.formOfAddress().isBlank() ? to.name() : to.formOfAddress();
        return new LetterContext(
                new CampaignView(data.campaign().id(), data.campaign().title(), language),
                new LetterView(LetterDates.format(data.letter().date(), language), subject, salutation, null),
                RecipientView.of(to),
                data.copied().stream().map(RecipientView::of).toList(),
                RecipientView.of(recipient),
                new SignatoriesView(LetterDates.format(listed.asOf(), language),
                        listed.organisations().stream().map(s -> SignatoryView.of(s, images.uriOf(s))).toList(),
                        listed.individuals().stream().map(s -> SignatoryView.of(s, images.uriOf(s))).toList()),
                HistoryViews.of(data, data.votes()),
                new CitationsView(data.letter().citations().way().key(), List.of(), List.of()),
                data.evidence().stream().collect(java.util.stream.Collectors.toMap(e -> e.citationKey(), e -> e.quote(),
                        (a, b) -> a)));
    }

    LetterContext withBody(Html body) {
        return new LetterContext(campaign, letter.withBody(body), addressee, copies, recipient, signatories, history,
                citations, quotes);
    }

    LetterContext withCitations(CitationsView newCitations) {
        return new LetterContext(campaign, letter, addressee, copies, recipient, signatories, history, newCitations,
                quotes);
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
        return model;
    }
}
