package org.appeal.compose;

import org.appeal.compose.TemplateType.Kind;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vocabulary is the one list of what templates may use: it matches the views templates are
 * given field for field, its examples are what the sample campaign gives, and docs/templates.md
 * holds exactly the reference it writes.
 */
class TemplateVocabularyTest {
    private static final Path DOC = Path.of("docs/templates.md");

    @TempDir
    Path templates;

    @Test
    void theReferencesAreWhatALetterIsGiven() throws Exception {
        CampaignData sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        Map<String, Object> model = LetterContext.of(sample, sample.addressee().orElseThrow(), new Html("")).model();

        assertThat(TemplateVocabulary.references()).extracting(TemplateField::name)
                .containsExactlyElementsOf(concat(model.keySet(), "foreach"));
        for (TemplateField reference : TemplateVocabulary.references()) {
            if (model.containsKey(reference.name())) {
                assertThat(TemplateValues.typeOf(model.get(reference.name()))).as(reference.name())
                        .hasValueSatisfying(t -> assertThat(t.kind()).isEqualTo(reference.type().kind()));
            }
        }
    }

    @Test
    void everyViewTemplatesCanReachHasItsFieldsInTheVocabulary() {
        Set<Class<?>> views = new HashSet<>();
        Deque<Class<?>> next = new ArrayDeque<>(List.of(LetterContext.class));
        while (!next.isEmpty()) {
            for (RecordComponent component : next.poll().getRecordComponents()) {
                Class<?> type = elementOf(component.getGenericType());
                if (type.isRecord() && type != Html.class && type != CitationKey.class && views.add(type)) {
                    next.add(type);
                }
            }
        }

        assertThat(views).hasSize(15);
        for (Class<?> view : views) {
            assertThat(TemplateVocabulary.viewOf(view)).as(view.getSimpleName()).hasValueSatisfying(type ->
                    assertThat(type.fields()).extracting(TemplateField::name).as(view.getSimpleName())
                            .containsExactlyElementsOf(Arrays.stream(view.getRecordComponents())
                                    .map(RecordComponent::getName).toList()));
        }
    }

    @Test
    void everyFieldIsExplainedAndEveryViewSaysWhatToPrintInstead() {
        for (TemplateType type : TemplateVocabulary.types()) {
            assertThat(type.explanation()).as(type.name()).isNotBlank();
            type.fields().forEach(f -> assertThat(f.explanation()).as(type.name() + f.written()).isNotBlank());
            if (type.kind() == Kind.VIEW) {
                assertThat(type.suggested()).as(type.name()).isNotEmpty();
            }
        }
    }

    /**
     * Each example is what the field gives for the sample campaign, reached from the references
     * through fields and the first item of lists. Types the sample does not reach (notes: the
     * sample's letter cites with links) have no examples.
     */
    @Test
    void examplesAreWhatTheSampleCampaignGives() throws Exception {
        CampaignData sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        Map<String, Object> model = LetterContext.of(sample, sample.addressee().orElseThrow(),
                new MarkdownBody().inline(sample.letter().subject(),
                        new BodyTargets("subject", sample.letter().subject(), List.of(), false)), SignatureImages.NONE,
                new WordSets(Path.of("templates")).of("en", Map.of(), Map.of()).words()).model();
        Map<String, String> expected = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<Object[]> next = new ArrayDeque<>();
        TemplateVocabulary.references().forEach(r -> next.add(new Object[] {"$" + r.name(), r.type()}));
        while (!next.isEmpty()) {
            Object[] item = next.poll();
            String path = (String) item[0];
            TemplateType type = (TemplateType) item[1];
            if (!seen.add(type.name())) {
                continue;
            }
            for (TemplateField field : type.fields()) {
                if (field.isMethod() && !field.name().equals("get")) {
                    continue;
                }
                String written = path + (field.isMethod() ? ".get(0)" : "." + field.name());
                if (field.type().printable() && !field.example().isEmpty()) {
                    expected.put(written, field.example());
                }
                if (field.type().kind() == Kind.YES_NO && !field.example().isEmpty()) {
                    expected.put("#if(" + written + ")true#{else}false#end", field.example());
                }
                if (!field.type().printable() && !(type.kind() == Kind.LOOKUP)) {
                    next.add(new Object[] {written, field.type()});
                }
            }
        }
        TemplateEngine engine = new TemplateEngine(templates);
        Map<String, String> actual = new LinkedHashMap<>();
        for (String written : expected.keySet()) {
            Evaluation result = engine.evaluate("example", written, model, Escaping.HTML);
            actual.put(written, result.problems().isEmpty() ? unescape(result.output()) : "problem: "
                    + result.problems());
        }

        assertThat(expected).hasSizeGreaterThan(40);
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void pathsHaveTheirTypeForTheEditor() {
        assertThat(TemplateVocabulary.typeOf("$history.ga.latest")).contains(TemplateVocabulary.RESOLUTION);
        assertThat(TemplateVocabulary.typeOf("$history.ga.latest.key")).contains(TemplateVocabulary.CITATION_KEY);
        assertThat(TemplateVocabulary.typeOf("$copies.get(0)")).contains(TemplateVocabulary.RECIPIENT);
        assertThat(TemplateVocabulary.typeOf("${addressee.addressLines}")).contains(TemplateVocabulary.LINES);
        assertThat(TemplateVocabulary.typeOf("$quotes.get(\"coi-2014\")")).contains(TemplateVocabulary.TEXT);
        assertThat(TemplateVocabulary.typeOf("$addressee.nickname")).isEmpty();
        assertThat(TemplateVocabulary.typeOf("$nobody")).isEmpty();
        assertThat(TemplateVocabulary.RECIPIENT.property("formOfAddress")).hasValueSatisfying(f ->
                assertThat(f.explanation()).isEqualTo("how the letter addresses them; may be empty"));
    }

    /**
     * docs/templates.md holds the reference written from the vocabulary. When they differ the
     * test prints the text to paste; run it with {@code -Dappeal.writeDocs=true} to write it.
     */
    @Test
    void theTemplateGuideHoldsTheReferenceWrittenFromTheVocabulary() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(TemplateVocabularyDoc.BEGIN);
        int end = doc.indexOf(TemplateVocabularyDoc.END);
        assertThat(begin).as("docs/templates.md has the vocabulary markers").isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String documented = doc.substring(begin, end + TemplateVocabularyDoc.END.length()) + "\n";
        String written = TemplateVocabularyDoc.markdown();
        if (!documented.equals(written) && Boolean.getBoolean("appeal.writeDocs")) {
            Files.writeString(DOC, doc.substring(0, begin) + written
                    + doc.substring(end + TemplateVocabularyDoc.END.length() + 1), StandardCharsets.UTF_8);
            documented = written;
        }

        assertThat(documented).as("docs/templates.md differs from TemplateVocabulary; the reference should read:%n%s",
                written).isEqualTo(written);
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static Class<?> elementOf(Type type) {
        if (type instanceof ParameterizedType p) {
            Type[] arguments = p.getActualTypeArguments();
            return elementOf(arguments[arguments.length - 1]);
        }
        return type instanceof Class<?> c ? c : Object.class;
    }

    private static List<String> concat(Set<String> names, String more) {
        List<String> all = new ArrayList<>(names);
        all.add(more);
        return all;
    }
}
