package org.appeal.compose;

import com.itextpdf.styledxmlparser.jsoup.Jsoup;
import com.itextpdf.styledxmlparser.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pasting from a word processor (issue 12). The clipboard fragments below are made up, written the
 * way LibreOffice, Word and Google Docs write theirs (their wrappers, fonts, colours, Word's
 * {@code <o:p>} and list bullets), with words invented for the tests.
 */
class PastedHtmlTest {
    /** Made up: shaped like LibreOffice Writer's HTML on the clipboard. */
    static final String LIBREOFFICE = """
            <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
            <html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title>
            <meta name="generator" content="LibreOffice 24.2.7.2 (Linux)"/>
            <style type="text/css">@page { size: 21cm 29.7cm; margin: 2cm } p { line-height: 115%; margin-bottom: 0.25cm }</style>
            </head><body lang="en-GB" dir="ltr"><p style="line-height: 100%; margin-bottom: 0cm"><font face="Liberation Serif, serif"><font size="3" style="font-size: 12pt">We urge
            your government to act on the <b>dire and ongoing</b> situation at the 80<sup>th</sup> session.</font></font></p>
            <p style="line-height: 100%; margin-bottom: 0cm"><br/></p>
            <p style="line-height: 100%; margin-bottom: 0cm"><font color="#c9211e"><i>Second</i> paragraph with
            <u>underlined words</u> and a <a href="https://undocs.org/A/RES/79/181">resolution</a>.</font></p>
            </body></html>""";

    /** Made up: shaped like Microsoft Word's HTML on the clipboard (a list item, an image, a refused link). */
    static final String WORD = """
            <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
            xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
            <head><meta name=Generator content="Microsoft Word 15"><!--[if gte mso 9]><xml><o:OfficeDocumentSettings>
            <o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]--><style><!-- p.MsoNormal {margin:0cm;
            font-family:"Calibri",sans-serif;} --></style></head>
            <body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->
            <p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;mso-bidi-font-weight:bold'>The Commission
            found <b style='mso-bidi-font-weight:normal'>crimes against humanity</b> in 2014.<o:p></o:p></span></p>
            <p class=MsoNormal><o:p>&nbsp;</o:p></p>
            <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
            style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
            </span></span></span><![endif]>Costs rose by 5$ and #3; see $history.first and ## notes<o:p></o:p></p>
            <p class=MsoNormal><img width=100 height=50 src="file:///C:/Users/x/clip_image001.png"><span
            style='color:red'>Write to <a href="mailto:info@example.org">info@example.org</a> or
            <a href="javascript:alert(1)">here</a>.</span><script>alert(2)</script></p>
            <!--EndFragment--></body></html>""";

    /** Made up: shaped like Google Docs' HTML on the clipboard (styles only in spans, all in a normal-weight b). */
    static final String GOOGLE_DOCS = """
            <meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234abcd-7fff-1111-2222-3333"><p
            dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,
            sans-serif;color:#000000;font-weight:400;font-style:normal;text-decoration:none;vertical-align:baseline;
            white-space:pre-wrap;">Plain then </span><span style="font-size:11pt;font-weight:700;font-style:normal;
            vertical-align:baseline;">bold</span><span style="font-weight:400;font-style:italic;">, italic</span><span
            style="font-weight:400;vertical-align:super;">2</span></p><br><p dir="ltr"><a
            href="https://www.ohchr.org/en/hr-bodies/hrc/co-idprk/report" style="text-decoration:none;"><span
            style="font-size:11pt;color:#1155cc;font-weight:400;text-decoration:underline;">Report of the
            Commission</span></a></p></b>""";

    @Test
    void libreOfficeKeepsParagraphsAndTheBodysInlineStylesAndDropsFontsAndColours() {
        assertThat(PastedHtml.toBody(LIBREOFFICE)).isEqualTo("""
                We urge your government to act on the **dire and ongoing** situation at the 80<sup>th</sup> session.

                *Second* paragraph with <u>underlined words</u> and a [resolution](https://undocs.org/A/RES/79/181).""");
    }

    @Test
    void wordLosesItsOfficeMarkupBulletsImagesScriptsAndRefusedLinksButKeepsTheWords() {
        assertThat(PastedHtml.toBody(WORD)).isEqualTo("""
                The Commission found **crimes against humanity** in 2014.

                Costs rose by 5$ and #3; see &#36;history.first and &#35;# notes

                Write to [info@example.org](mailto:info@example.org) or here.""");
    }

    @Test
    void googleDocsStylesInSpansCountAndTheWrappingBoldDoesNot() {
        assertThat(PastedHtml.toBody(GOOGLE_DOCS)).isEqualTo("""
                Plain then <strong>bold</strong><em>, italic</em><sup>2</sup>

                [Report of the Commission](https://www.ohchr.org/en/hr-bodies/hrc/co-idprk/report)""");
    }

    @Test
    void nestedStylesNestAndSpacesStayOutsideTheMarks() {
        assertThat(PastedHtml.toBody("<p><b>Bold <i>both</i> more </b>after<br>next line<br><br>new paragraph</p>"))
                .isEqualTo("**Bold *both* more** after<br>next line\n\nnew paragraph");
        assertThat(PastedHtml.toBody("<p>un<b>believ</b>able, <b>\"quoted\"</b>, <s>gone</s> H<sub>2</sub>O</p>"))
                .isEqualTo("un**believ**able, <strong>\"quoted\"</strong>, <s>gone</s> H<sub>2</sub>O");
    }

    @Test
    void noWordsIsNothing() {
        assertThat(PastedHtml.toBody("<p><img src='x.png'></p><!-- a comment --><p>&nbsp;</p>")).isEmpty();
        assertThat(PastedHtml.toBody("")).isEmpty();
    }

    /** What the paste wrote, rendered as a letter (Velocity, then Markdown): each paragraph's printed text. */
    private static List<String> printed(String body) throws RenderException {
        String html = Fixtures.renderer().render(Fixtures.campaign(body), null, RenderOptions.DEFAULT).html();
        List<String> paragraphs = new ArrayList<>();
        for (Element p : Jsoup.parse(html).select("div.body > p")) {
            paragraphs.add(p.text());
        }
        return paragraphs;
    }

    private static String pasted(String words) {
        return "<p>" + words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
    }

    @Test
    void wordsThatLookLikeMarkupReferencesOrDirectivesPrintAsTheyWere() throws RenderException {
        List<String> words = List.of(
                "Use **not bold**, _not italic_, [@coi-2014], [text](https://x.org), <b>tag</b> and `code`.",
                "$addressee.name, $undefinedThing, ${braced}, $!quiet, US$5 and $ 3.",
                "#if(true) yes #end ## not a comment #* nor this *# C# #3 #[[raw]]# #@block",
                "a & b &amp; c &#36; d \\ back \\$x \\#if",
                "- not a list", "# not a heading", "> not a quote", "1. not numbered", "2) nor this", "+ plus",
                "= equals", "~~~ fence", "@coi-2014 at the start and (@coi-2014) inside");
        StringBuilder html = new StringBuilder();
        words.forEach(w -> html.append(pasted(w)));
        String body = PastedHtml.toBody(html.toString());
        assertThat(printed(body)).as(body).containsExactlyElementsOf(words);
    }

    @Test
    void randomPunctuationPrintsAsItWas() throws RenderException {
        // Many short paragraphs of the characters the body reads, in one letter: each must print as pasted.
        Random random = new Random(12);
        String alphabet = "ab1 $#*_[]<>&;!@\\`-+=.(){}~|\"'";
        List<String> words = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            StringBuilder w = new StringBuilder("x");
            int length = 1 + random.nextInt(10);
            for (int i = 0; i < length; i++) {
                w.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            words.add(w.append('x').toString().replaceAll(" +", " "));
        }
        StringBuilder html = new StringBuilder();
        words.forEach(w -> html.append(pasted(w)));
        String body = PastedHtml.toBody(html.toString());
        assertThat(printed(body)).as(body).containsExactlyElementsOf(words);
    }

    @Test
    void styledPasteRendersInTheBodysOwnElements() throws RenderException {
        String pasted = PastedHtml.toBody(LIBREOFFICE + GOOGLE_DOCS + "<p><b>대한민국</b>의 <i>인권</i> 상황</p>");
        assertThat(pasted).endsWith("**대한민국**의 *인권* 상황");
        String html = Fixtures.renderer().render(Fixtures.campaign(pasted), null, RenderOptions.DEFAULT).html();
        assertThat(html).contains("<strong>dire and ongoing</strong>", "80<sup>th</sup>", "<em>Second</em>",
                "<u>underlined words</u>", "<a href=\"https://undocs.org/A/RES/79/181\">resolution</a>",
                "<strong>bold</strong><em>, italic</em><sup>2</sup>", "<strong>대한민국</strong>의 <em>인권</em> 상황");
    }
}
