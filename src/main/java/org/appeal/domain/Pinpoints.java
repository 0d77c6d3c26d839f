package org.appeal.domain;

/** How a pinpoint reads in a sentence: "para. 8", "paras. 8–9", "p. 12", "section 3". */
public final class Pinpoints {
    private Pinpoints() {
    }

    public static String label(Pinpoint pinpoint) {
        boolean range = pinpoint.value().matches(".*\\d\\s*[-–,]\\s*\\d.*");
        String unit = switch (pinpoint.unit()) {
            case PARAGRAPH -> range ? "paras." : "para.";
            case PAGE -> range ? "pp." : "p.";
            case SECTION -> range ? "sections" : "section";
        };
        return unit + " " + pinpoint.value();
    }
}
