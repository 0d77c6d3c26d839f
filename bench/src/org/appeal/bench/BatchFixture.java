package org.appeal.bench;

import com.itextpdf.styledxmlparser.jsoup.Jsoup;
import com.itextpdf.styledxmlparser.jsoup.nodes.Element;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.fixtures.FictionalAddressees;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.bundle.BundleWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the batch benchmark's inputs from one set of data: the sample letter sent per addressee to
 * N made-up addressees, as a campaign bundle for Appeal and as N flat ODT files for LibreOffice
 * (the same paragraphs, in the same fonts and page size, each addressed to its recipient).
 * Usage: BatchFixture COUNT BUNDLE-DIR FODT-DIR
 */
public final class BatchFixture {
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path bundle = Path.of(args[1]);
        Path fodt = Path.of(args[2]);
        CampaignData sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        CampaignData data = FictionalAddressees.perAddressee(sample, count);
        new BundleWriter().write(data, bundle);

        // The first letter's paragraphs as Appeal lays them out; each other letter swaps in its addressee.
        Renderer renderer = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary());
        Recipient first = data.recipients().get(0);
        String html = renderer.render(data, first, RenderOptions.DEFAULT).html();
        // Each paragraph's lines, as the HTML breaks them (an address block is one paragraph of lines).
        List<List<String>> paragraphs = new ArrayList<>();
        for (Element p : Jsoup.parse(html).select("p")) {
            List<String> lines = new ArrayList<>();
            for (String piece : p.html().split("<br\\s*/?>")) {
                lines.add(Jsoup.parse(piece).text());
            }
            paragraphs.add(lines);
        }
        Files.createDirectories(fodt);
        for (int i = 0; i < count; i++) {
            Recipient r = data.recipients().get(i);
            Map<String, String> swap = swaps(first, r);
            StringBuilder body = new StringBuilder();
            for (List<String> paragraph : paragraphs) {
                List<String> lines = new ArrayList<>();
                for (String line : paragraph) {
                    String text = line;
                    for (Map.Entry<String, String> e : swap.entrySet()) {
                        text = text.replace(e.getKey(), e.getValue());
                    }
                    lines.add(escape(text));
                }
                body.append("<text:p text:style-name=\"P\">").append(String.join("<text:line-break/>", lines))
                        .append("</text:p>\n");
            }
            Files.writeString(fodt.resolve(String.format("letter-%05d.fodt", i + 1)), document(body.toString()),
                    StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + bundle + " and " + count + " flat ODT letters in " + fodt);
    }

    private static Map<String, String> swaps(Recipient from, Recipient to) {
        Map<String, String> swap = new LinkedHashMap<>();
        swap.put(from.formOfAddress(), to.formOfAddress());
        swap.put(from.title(), to.title());
        swap.put(from.office(), to.office());
        for (int i = 0; i < from.addressLines().size(); i++) {
            swap.put(from.addressLines().get(i), to.addressLines().get(i));
        }
        swap.put(from.fax(), to.fax());
        swap.put(from.email(), to.email());
        swap.put(from.name(), to.name());
        return swap;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String document(String paragraphs) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
                 <office:font-face-decls>
                  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"
                   xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
                 </office:font-face-decls>
                 <office:styles>
                  <style:style style:name="P" style:family="paragraph">
                   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
                   <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt"/>
                  </style:style>
                 </office:styles>
                 <office:automatic-styles>
                  <style:page-layout style:name="A4">
                   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
                    fo:margin-top="2.4cm" fo:margin-bottom="2.4cm" fo:margin-left="2.4cm" fo:margin-right="2.4cm"/>
                  </style:page-layout>
                 </office:automatic-styles>
                 <office:master-styles>
                  <style:master-page style:name="Standard" style:page-layout-name="A4"/>
                 </office:master-styles>
                 <office:body>
                  <office:text>
                """ + paragraphs + """
                  </office:text>
                 </office:body>
                </office:document>
                """;
    }
}
