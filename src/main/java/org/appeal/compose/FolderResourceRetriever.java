package org.appeal.compose;

import com.itextpdf.styledxmlparser.resolver.resource.IResourceRetriever;
import org.appeal.files.ConfinedFolder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Lets pdfHTML read local files under the allowed folders only (the templates folder and the
 * folders the workspace hands over for images), links followed. A remote URL or any other file is
 * not loaded: a letter's layout must never depend on, or leak to, the network or other files.
 */
final class FolderResourceRetriever implements IResourceRetriever {
    private final List<ConfinedFolder> allowed;

    FolderResourceRetriever(List<Path> allowedFolders) {
        this.allowed = allowedFolders.stream().filter(Files::isDirectory)
                .map(p -> ConfinedFolder.of(p, p.toString())).toList();
    }

    @Override
    public InputStream getInputStreamByUrl(URL url) throws IOException {
        byte[] bytes = getByteArrayByUrl(url);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public byte[] getByteArrayByUrl(URL url) throws IOException {
        Path file = allowedFile(url);
        return file == null ? null : Files.readAllBytes(file);
    }

    /** The real path of the file the URL names, when it is inside an allowed folder; else {@code null}. */
    Path allowedFile(URL url) {
        if (!"file".equals(url.getProtocol())) {
            return null;
        }
        Path file;
        try {
            file = Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
        return allowed.stream().map(folder -> folder.holding(file)).flatMap(Optional::stream).findFirst().orElse(null);
    }
}
