package org.appeal.store.bundle;

import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code campaign.yaml}, reporting every problem with the line of its key. */
final class CampaignYamlReader {
    static final List<String> KEYS = List.of("format", "id", "title", "language", "coalition", "letter");
    static final List<String> LETTER_KEYS = List.of("subject", "date", "signatories_as_of", "template", "body");

    private final Problems problems;

    CampaignYamlReader(Problems problems) {
        this.problems = problems;
    }

    /** The file's content, or {@code null} when it is not a YAML mapping at all (reported). */
    CampaignFile read(String text) {
        Node root;
        try {
            // Only composed into nodes, never constructed: the safe constructor is there in case a later change calls load().
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(CampaignFile.NAME, lineOf(mark), "", "not valid YAML: " + describe(e));
            return null;
        } catch (YAMLException e) {
            problems.add(CampaignFile.NAME, 0, "", "not valid YAML: " + e.getMessage());
            return null;
        }
        if (!(root instanceof MappingNode)) {
            problems.add(CampaignFile.NAME, root == null ? 1 : YamlMapping.lineOf(root), "",
                    "expected a mapping of keys such as 'format: 1'");
            return null;
        }
        return read(new YamlMapping((MappingNode) root, CampaignFile.NAME, "", 0, KEYS, problems));
    }

    private CampaignFile read(YamlMapping yaml) {
        String format = yaml.string("format", true);
        if (format != null && !format.strip().equals(CampaignFile.FORMAT_VERSION)) {
            problems.add(CampaignFile.NAME, yaml.lineOf("format"), "format",
                    "unknown format version '" + format + "' (this version reads " + CampaignFile.FORMAT_VERSION + ")");
        }
        String id = yaml.string("id", true);
        String title = yaml.string("title", false);
        String language = yaml.string("language", false);
        String coalition = yaml.string("coalition", false);
        YamlMapping letter = yaml.mapping("letter", LETTER_KEYS);
        if (letter == null) {
            return new CampaignFile(id, title, language, coalition, null, null, null, null, null, 0);
        }
        return new CampaignFile(id, title, language, coalition, letter.string("subject", false), letter.date("date", true),
                letter.date("signatories_as_of", false), letter.string("template", false),
                letter.string("body", false), letter.lineOf("body"));
    }

    /** The context says where an unclosed construct began, which the problem's own line (often the end) does not. */
    private static String describe(MarkedYAMLException e) {
        if (e.getContext() == null || e.getContextMark() == null) {
            return e.getProblem();
        }
        return e.getContext() + " on line " + lineOf(e.getContextMark()) + ": " + e.getProblem();
    }

    private static long lineOf(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1L;
    }
}
