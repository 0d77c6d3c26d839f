package org.appeal.compose;

import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;
import org.appeal.files.ConfinedFolder;
import org.appeal.files.PathRefused;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Velocity's only way to files: a layout, a {@code #parse} or an {@code #include} is read only
 * when it lies inside the templates folder with links followed. Velocity's own file loader
 * checks neither {@code ..} in a layout's name nor links, and a layout's name comes from campaign
 * data that other people write. {@link IncludeGuard} and {@link TemplateEngine#layoutProblem}
 * explain a refusal to the writer; this loader makes sure nothing slips past them.
 */
final class ConfinedTemplateLoader extends ResourceLoader {
    private final ConfinedFolder folder;

    ConfinedTemplateLoader(ConfinedFolder folder) {
        this.folder = folder;
    }

    /** Velocity's file loader reads {@code /partials/x.vm} from the folder's top; so does this one. */
    static String relative(String templateName) {
        return templateName.startsWith("/") ? templateName.substring(1) : templateName;
    }

    @Override
    public void init(ExtProperties configuration) {
        // Everything it needs comes with the constructor.
    }

    @Override
    public Reader getResourceReader(String source, String encoding) {
        Path file = file(source);
        try {
            return buildReader(Files.newInputStream(file), encoding);
        } catch (IOException e) {
            throw new ResourceNotFoundException("cannot read template '" + source + "': " + e.getMessage(), e);
        }
    }

    @Override
    public boolean resourceExists(String source) {
        try {
            folder.file(relative(source));
            return true;
        } catch (PathRefused e) {
            return false;
        }
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return getLastModified(resource) != resource.getLastModified();
    }

    @Override
    public long getLastModified(Resource resource) {
        try {
            return Files.getLastModifiedTime(folder.file(relative(resource.getName()))).toMillis();
        } catch (PathRefused | IOException e) {
            return 0;
        }
    }

    private Path file(String source) {
        try {
            return folder.file(relative(source));
        } catch (PathRefused e) {
            throw new ResourceNotFoundException(e.getMessage());
        }
    }
}
