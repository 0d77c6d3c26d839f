package org.appeal.compose;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.appeal.domain.LayoutName;
import org.appeal.files.ConfinedFolder;
import org.appeal.files.PathRefused;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one Velocity engine of the application, sandboxed: templates load only from the templates
 * folder, see only the values handed to them, cannot reach Java classes, and every value they
 * insert is escaped.
 *
 * <p>Velocity's own strict mode throws at the first unresolved reference; a writer fixing a
 * letter wants all of them at once, so unresolved references are collected by
 * {@link ProblemCollector} and each one blocks the render, which is as strict, but complete.
 */
public final class TemplateEngine {
    static final int MAX_LOOPS = 10_000;

    private final VelocityEngine velocity;
    private final ConfinedFolder folder;
    private final Path root;

    public TemplateEngine(Path templatesRoot) {
        if (!Files.isDirectory(templatesRoot)) {
            throw new IllegalArgumentException("templates folder not found: " + templatesRoot.toAbsolutePath().normalize());
        }
        this.folder = ConfinedFolder.of(templatesRoot, "the templates folder");
        this.root = folder.root();
        velocity = new VelocityEngine();
        velocity.setProperty(RuntimeConstants.RESOURCE_LOADERS, "file");
        // Every template file is read through the confined loader: inside the folder, links followed.
        velocity.setProperty(RuntimeConstants.RESOURCE_LOADER + ".file." + RuntimeConstants.RESOURCE_LOADER_INSTANCE,
                new ConfinedTemplateLoader(folder));
        velocity.setProperty(RuntimeConstants.FILE_RESOURCE_LOADER_CACHE, "true");
        // Templates edited while the app runs are picked up within two seconds.
        velocity.setProperty("resource.loader.file.modification_check_interval", "2");
        velocity.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        velocity.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, RecordUberspector.class.getName());
        velocity.setProperty(RuntimeConstants.MAX_NUMBER_LOOPS, String.valueOf(MAX_LOOPS));
        velocity.setProperty(RuntimeConstants.PARSE_DIRECTIVE_MAXDEPTH, "10");
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
        StringWriter out = new StringWriter();
        try {
            Template template = velocity.getTemplate(templateName, "UTF-8");
            run(model, escaping, problems, null, null, context -> template.merge(context, out));
        } catch (ResourceNotFoundException e) {
            problems.add(Problem.blocking(templateName, 0, 0, "template not found in " + root));
        } catch (ParseErrorException e) {
            problems.add(parseProblem(e, templateName));
        }
        return new Evaluation(out.toString(), problems);
    }

    /** Evaluates template text that is not a file, such as a letter body; {@code name} names it in problems. */
    Evaluation evaluate(String name, String text, Map<String, Object> model, Escaping escaping) {
        List<Problem> problems = new ArrayList<>();
        StringWriter out = new StringWriter();
        try {
            run(model, escaping, problems, name, text, context -> velocity.evaluate(context, out, name, text));
        } catch (ParseErrorException e) {
            problems.add(parseProblem(e, name));
        }
        return new Evaluation(out.toString(), problems);
    }

    private interface Pass {
        void run(VelocityContext context);
    }

    /** @param evaluatedName, evaluatedText text evaluated without a file, where an include's line is looked up */
    private void run(Map<String, Object> model, Escaping escaping, List<Problem> problems, String evaluatedName,
                     String evaluatedText, Pass pass) {
        VelocityContext context = new VelocityContext(new java.util.HashMap<>(model));
        ProblemCollector collector = new ProblemCollector();
        IncludeGuard includes = new IncludeGuard(folder, evaluatedName, evaluatedText);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(collector);
        cartridge.addEventHandler(includes);
        cartridge.addEventHandler(new EscapingInsertion(escaping));
        cartridge.attachToContext(context);
        try {
            pass.run(context);
        } catch (ParseErrorException | ResourceNotFoundException e) {
            problems.addAll(collector.problems());
            throw e;
        } catch (MethodInvocationException e) {
            problems.add(Problem.blocking(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    "$" + e.getReferenceName() + "." + e.getMethodName() + " failed: " + rootMessage(e)));
        } catch (TemplateInitException e) {
            problems.add(Problem.blocking(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        } catch (org.apache.velocity.exception.VelocityException e) {
            problems.add(Problem.blocking("", 0, 0, rootMessage(e)));
        }
        problems.addAll(0, includes.problems());
        problems.addAll(0, collector.problems());
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
