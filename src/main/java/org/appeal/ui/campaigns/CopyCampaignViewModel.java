package org.appeal.ui.campaigns;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.appeal.app.CampaignCopy;
import org.appeal.domain.Campaign;
import org.appeal.ui.common.Messages;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * File → New campaign from a copy: which campaign, the new one's title, and what to take besides
 * its settings. Letter text, recipients and signatories are ticked at first: the usual copy is
 * next year's letter to the same people.
 */
public final class CopyCampaignViewModel {
    /** What is asked, once the user said OK. */
    public record Choice(String sourceId, String title, Set<CampaignCopy.Part> parts) {
        public Choice {
            parts = Set.copyOf(parts);
        }
    }

    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> source = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final Map<CampaignCopy.Part, BooleanProperty> parts = new EnumMap<>(CampaignCopy.Part.class);

    /** @param open the campaign open now, chosen at first (may be null) */
    public CopyCampaignViewModel(Messages messages, List<Campaign> all, Campaign open) {
        campaigns.setAll(all);
        Set<CampaignCopy.Part> ticked = EnumSet.of(CampaignCopy.Part.LETTER_TEXT, CampaignCopy.Part.RECIPIENTS,
                CampaignCopy.Part.SIGNATORIES);
        for (CampaignCopy.Part part : CampaignCopy.Part.values()) {
            parts.put(part, new SimpleBooleanProperty(ticked.contains(part)));
        }
        source.addListener((o, was, chosen) -> {
            if (chosen != null && (title.get().isBlank() || was != null && title.get().equals(copyTitle(messages, was)))) {
                title.set(copyTitle(messages, chosen));
            }
        });
        source.set(open != null ? open : all.isEmpty() ? null : all.get(0));
    }

    private static String copyTitle(Messages messages, Campaign campaign) {
        return messages.get("copy.defaultTitle", campaign.title().isBlank() ? campaign.id() : campaign.title());
    }

    public Choice choice() {
        Set<CampaignCopy.Part> chosen = EnumSet.noneOf(CampaignCopy.Part.class);
        parts.forEach((part, ticked) -> {
            if (ticked.get()) {
                chosen.add(part);
            }
        });
        return new Choice(source.get().id(), title.get().strip(), chosen);
    }

    public BooleanBinding canCopy() {
        return Bindings.createBooleanBinding(() -> source.get() != null && !title.get().isBlank(), source, title);
    }

    public ObservableList<Campaign> campaigns() { return campaigns; }
    public ObjectProperty<Campaign> sourceProperty() { return source; }
    public StringProperty titleProperty() { return title; }
    public BooleanProperty part(CampaignCopy.Part part) { return parts.get(part); }
}
