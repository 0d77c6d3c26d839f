package org.appeal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.RenderedLetter;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample campaign's second letter, a briefing note, cites with footnotes: each note stands at
 * the foot of the page on which its reference number stands.
 */
class BriefingFootnotesTest {
    /** A note's number is followed by a no-break space, which the body's own numbered lists do not use. */
    private static final Pattern NOTE = Pattern.compile("(?m)^(\\d+)\\.\\u00A0(.*)$");

    private static RenderedLetter briefing;

    @BeforeAll
    static void render() throws Exception {
        CampaignData sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        CampaignData data = sample.focusedOn("briefing").orElseThrow();
        briefing = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary())
                .render(data, data.recipient("foreign-minister").orElseThrow(), RenderOptions.DEFAULT);
    }

    @Test
    void everyFootnoteStandsOnThePageOfItsReference() throws Exception {
        Map<Integer, Set<Integer>> references = new TreeMap<>();
        Map<Integer, Set<Integer>> notes = new TreeMap<>();
        Map<Integer, String> noteText = new TreeMap<>();
        try (PDDocument pdf = Loader.loadPDF(briefing.pdf())) {
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                for (PDAnnotation annotation : pdf.getPage(p - 1).getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && noteName(link) != null) {
                        references.computeIfAbsent(p, k -> new TreeSet<>()).add(
                                Integer.parseInt(noteName(link).substring("note-".length())));
                    }
                }
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                Matcher note = NOTE.matcher(stripper.getText(pdf));
                while (note.find()) {
                    notes.computeIfAbsent(p, k -> new TreeSet<>()).add(Integer.parseInt(note.group(1)));
                    noteText.put(Integer.parseInt(note.group(1)), note.group(2));
                }
            }
        }

        assertThat(references).as("the references are on more than one page").hasSizeGreaterThan(1);
        assertThat(notes).isEqualTo(references);
        assertThat(noteText.keySet()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(noteText.get(1)).startsWith("Human Rights Council, Report of the Commission of Inquiry");
        assertThat(noteText.get(2)).startsWith("General Assembly resolution 78/218 of 19 December 2023");
        assertThat(noteText.get(3)).startsWith("Permanent Mission of the Republic of Korea to the United Nations, Note");
    }

    /** Notes 3 and 4 cite the same note verbale: the second time in Chicago's shortened form, as Zotero gives it. */
    @Test
    void theNoteVerbaleCitedAgainGetsTheShortenedNote() throws Exception {
        String text;
        try (PDDocument pdf = Loader.loadPDF(briefing.pdf())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00A0]+", " ");
        }
        assertThat(text).containsSubsequence("3. Permanent Mission of the Republic of Korea to the United Nations,"
                        + " Note Verbale Dated 28 June 2024", "Addressed to the President of the General Assembly (2024),"
                        + " para. 3.",
                "4. Permanent Mission of the Republic of Korea to the United Nations, Note Verbale Dated 28 June 2024",
                "Addressed to the President of the General Assembly, para. 8.");
    }

    @Test
    void theUncheckableQuoteIsFlaggedAndEveryOtherQuoteIsVerbatim() {
        assertThat(briefing.warnings()).extracting(Object::toString)
                .anySatisfy(w -> assertThat(w).startsWith("letter.md line 9").contains("quote @coi-2014: not checked"))
                .noneSatisfy(w -> assertThat(w).contains("not in source"));
    }

    private static String noteName(PDAnnotationLink link) throws java.io.IOException {
        PDDestination destination = link.getDestination();
        if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        return destination instanceof PDNamedDestination named && named.getNamedDestination().startsWith("note-")
                ? named.getNamedDestination() : null;
    }
}
