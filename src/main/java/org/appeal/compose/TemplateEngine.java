package org.appeal.compose;

import org.apache.velocity.Template;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.appeal.domain.LayoutName;
import org.appeal.files.ConfinedFolder;
import org.appeal.files.PathRefused;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one Velocity engine of the application, sandboxed: templates load only from the templates
 * folder, see only the values handed to them and use only the {@link TemplateVocabulary}; every
 * value they print is text, escaped; and each pass works within a {@link WorkBudget} scaled to its
 * data.
 *
 * <p>Velocity's own strict mode throws at the first unresolved reference; a writer fixing a
 * letter wants all of them at once, so unresolved references are collected by
 * {@link ProblemCollector} and each one blocks the render, which is as strict, but complete.
 */
public final class TemplateEngine {
    /**
     * The longest letter body, in characters: about 60 pages of text. A longer body is refused
     * before it is evaluated, since laying out a body of megabytes takes minutes and gigabytes.
     */
    public static final int MAX_BODY_CHARACTERS = 200_000;

    private static final String TOO_DEEP = "the template nests too deeply to be read (directives, brackets or calls"
            + " inside one another thousands deep)";

    private final SandboxRuntime velocity;
    private final ConfinedFolder folder;
    private final Path root;

    public TemplateEngine(Path templatesRoot) {
        if (!Files.isDirectory(templatesRoot)) {
            throw new IllegalArgumentException("templates folder not found: " + templatesRoot.toAbsolutePath().normalize());
        }
        this.folder = ConfinedFolder.of(templatesRoot, "the templates folder");
        this.root = folder.root();
        velocity = new SandboxRuntime();
        velocity.setProperty(RuntimeConstants.RESOURCE_LOADERS, "file");
        // Every template file is read through the confined loader: inside the folder, links followed.
        velocity.setProperty(RuntimeConstants.RESOURCE_LOADER + ".file." + RuntimeConstants.RESOURCE_LOADER_INSTANCE,
                new ConfinedTemplateLoader(folder));
        velocity.setProperty(RuntimeConstants.FILE_RESOURCE_LOADER_CACHE, "true");
        // Templates edited while the app runs are picked up within two seconds.
        velocity.setProperty("resource.loader.file.modification_check_interval", "2");
        velocity.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        velocity.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, VocabularyUberspector.class.getName());
        velocity.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES,
                CountedForeach.class.getName() + "," + CountedDefine.class.getName() + ","
                        + RefusedEvaluate.class.getName());
        // A macro belongs to the template that defines it: without this, a macro defined in one
        // letter's body stays in the engine and prints in the next letter, of any campaign.
        velocity.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
        // The work budget bounds loops; Velocity's own limits would end them silently, so they
        // stand beyond the budget's and never act first.
        velocity.setProperty(RuntimeConstants.MAX_NUMBER_LOOPS, "-1");
        velocity.setProperty(RuntimeConstants.PARSE_DIRECTIVE_MAXDEPTH, String.valueOf(WorkBudget.MAX_PARSE_DEPTH + 2));
        velocity.setProperty(RuntimeConstants.VM_MAX_DEPTH, String.valueOf(WorkBudget.MAX_NESTING + 5));
        velocity.setProperty(RuntimeConstants.DEFINE_DIRECTIVE_MAXDEPTH, String.valueOf(WorkBudget.MAX_NESTING + 5));
        // Velocity keeps the position of the node being rendered, which names the line and column
        // of a value printed where text belongs.
        velocity.setProperty(RuntimeConstants.RUNTIME_LOG_TRACK_LOCATION, "true");
        velocity.setProperty(RuntimeConstants.EVENTHANDLER_INVALIDREFERENCES_NULL, "true");
        velocity.setProperty(RuntimeConstants.EVENTHANDLER_INVALIDREFERENCES_QUIET, "false");
        velocity.setProperty(RuntimeConstants.EVENTHANDLER_INVALIDREFERENCES_TESTED, "false");
        velocity.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "false");
        velocity.init();
    }

    public Path root() {
        return root;
    }

    /**
     * Why {@code name} cannot be a letter's layout: not a plain file name, or no such file in the
     * templates folder (links followed); empty when it can.
     */
    public Optional<String> layoutProblem(String name) {
        Optional<String> shape = LayoutName.problem(name);
        if (shape.isPresent()) {
            return shape;
        }
        try {
            folder.file(name);
            return Optional.empty();
        } catch (PathRefused e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Merges the named template under the templates folder. */
    Evaluation merge(String templateName, Map<String, Object> model, Escaping escaping) {
        List<Problem> problems = new ArrayList<>();
        Output out = new Output();
        try {
            Template template = velocity.getTemplate(templateName, "UTF-8");
            run(templateName, templateSize(templateName), model, escaping, problems, out, null, null,
                    (context, writer) -> template.merge(context, writer));
            problems.addAll(UnresolvedMacroCalls.find(templateName, Files.readString(folder.file(templateName)), out.text()));
        } catch (ResourceNotFoundException e) {
            problems.add(Problem.blocking(templateName, 0, 0, "template not found in " + root));
        } catch (ParseErrorException e) {
            problems.add(parseProblem(e, templateName));
        } catch (TemplateInitException e) {
            problems.add(Problem.blocking(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    firstLine(e.getMessage())));
        } catch (StackOverflowError e) {
            problems.add(Problem.blocking(templateName, 0, 0, TOO_DEEP));
        } catch (IOException | PathRefused e) {
            // Read again only to find macro calls that printed as written; it was read a moment ago.
            problems.add(Problem.blocking(templateName, 0, 0, "cannot read the template again: " + e.getMessage()));
        }
        return new Evaluation(out.text(), problems);
    }

    /** Evaluates template text that is not a file, such as a letter body; {@code name} names it in problems. */
    Evaluation evaluate(String name, String text, Map<String, Object> model, Escaping escaping) {
        List<Problem> problems = new ArrayList<>();
        Output out = new Output();
        if (text.length() > MAX_BODY_CHARACTERS) {
            problems.add(Problem.blocking(name, 0, 0, "the text is " + WorkBudget.number(text.length())
                    + " characters long; a letter body may have at most " + WorkBudget.number(MAX_BODY_CHARACTERS)));
            return new Evaluation("", problems);
        }
        try {
            run(name, text.length(), model, escaping, problems, out, name, text,
                    (context, writer) -> velocity.evaluate(context, writer, name, text));
            problems.addAll(UnresolvedMacroCalls.find(name, text, out.text()));
        } catch (ParseErrorException e) {
            problems.add(parseProblem(e, name));
        }
        return new Evaluation(out.text(), problems);
    }

    private interface Pass {
        void run(GuardedContext context, BudgetedWriter writer);
    }

    /** Holds the output of a pass, so that what was written before a refusal is there to return. */
    private static final class Output {
        private BudgetedWriter writer;

        String text() {
            return writer == null ? "" : writer.text();
        }
    }

    /** @param evaluatedName, evaluatedText text evaluated without a file, where an include's line is looked up */
    private void run(String name, long templateSize, Map<String, Object> model, Escaping escaping,
                     List<Problem> problems, Output out, String evaluatedName, String evaluatedText, Pass pass) {
        WorkBudget budget = WorkBudget.forPass(model, templateSize);
        GuardedContext context = new GuardedContext(new HashMap<>(model), budget, velocity, name);
        IncludeGuard includes = new IncludeGuard(folder, evaluatedName, evaluatedText);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new ProblemCollector(context::report));
        cartridge.addEventHandler(includes);
        cartridge.addEventHandler(new PrintedValues(escaping, context));
        cartridge.attachToContext(context);
        out.writer = new BudgetedWriter(budget, context.position());
        try {
            pass.run(context, out.writer);
        } catch (ParseErrorException | ResourceNotFoundException e) {
            problems.addAll(context.problems());
            throw e;
        } catch (TemplateInitException e) {
            context.report(Problem.blocking(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    firstLine(e.getMessage())));
        } catch (TemplateRefusal e) {
            context.report(e.problem());
        } catch (MethodInvocationException e) {
            Optional<TemplateRefusal> refusal = refusal(e);
            context.report(refusal.map(TemplateRefusal::problem).orElseGet(() -> Problem.blocking(e.getTemplateName(),
                    e.getLineNumber(), e.getColumnNumber(),
                    "$" + e.getReferenceName() + "." + e.getMethodName() + " failed: " + rootMessage(e))));
        } catch (VelocityException e) {
            context.report(refusal(e).map(TemplateRefusal::problem).orElseGet(() -> TemplatePosition.of(e)
                    .orElseGet(context.position()).problem(NoSuchItem.describe(e)
                    .or(() -> UnquotedDirectiveArgument.describe(e)).orElseGet(() -> rootMessage(e)))));
        } catch (StackOverflowError e) {
            context.report(context.position().get().problem(TOO_DEEP));
        }
        problems.addAll(0, includes.problems());
        problems.addAll(0, context.problems());
    }

    private long templateSize(String templateName) {
        try {
            return Files.size(folder.file(templateName));
        } catch (PathRefused e) {
            return 0;  // the loader refuses it with its own problem
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<TemplateRefusal> refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TemplateRefusal refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    private static Problem parseProblem(ParseErrorException e, String fallbackName) {
        String name = e.getTemplateName() == null ? fallbackName : e.getTemplateName();
        String message = e.getInvalidSyntax() != null
                ? "syntax error near '" + e.getInvalidSyntax() + "'"
                : "syntax error: " + firstLine(e.getMessage());
        return Problem.blocking(name, e.getLineNumber(), e.getColumnNumber(), message);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return firstLine(String.valueOf(t.getMessage()));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
