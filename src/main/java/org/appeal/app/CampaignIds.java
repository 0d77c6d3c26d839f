package org.appeal.app;

import java.util.Collection;
import java.util.Locale;

/**
 * A new campaign's id, made from its title: readable in file names and on the command line
 * ("2026 UN resolution" → {@code 2026-un-resolution}), unique in the workspace (a number is added).
 */
public final class CampaignIds {
    private CampaignIds() {
    }

    public static String fromTitle(String title, Collection<String> taken) {
        String base = (title == null ? "" : title).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "campaign";
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
