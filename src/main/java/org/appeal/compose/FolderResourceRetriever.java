package org.appeal.compose;

import com.itextpdf.styledxmlparser.resolver.resource.IResourceRetriever;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Lets pdfHTML read local files under the allowed folders only (the templates folder and the
 * folders the workspace hands over for images). A remote URL or any other file is not loaded: a
 * letter's layout must never depend on, or leak to, the network.
 */
final class FolderResourceRetriever implements IResourceRetriever {
    private final List<Path> allowed;

    FolderResourceRetriever(List<Path> allowedFolders) {
        this.allowed = allowedFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
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

    Path allowedFile(URL url) {
        if (!"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            Path file = Path.of(url.toURI()).toAbsolutePath().normalize();
            return allowed.stream().anyMatch(file::startsWith) && Files.isRegularFile(file) ? file : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
