package org.appeal.ui.shell;

import org.appeal.app.RecentPlaces;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The places the app remembers, kept in its settings (the export folder, the certificate file)
 * or, for the PDF just exported, only while it runs.
 */
final class SettingsPlaces implements RecentPlaces {
    private final SettingsKeeper settings;
    private final Path documents;
    private Path exported;

    /** @param documents where an export opens before the first one (the user's documents folder) */
    SettingsPlaces(SettingsKeeper settings, Path documents) {
        this.settings = settings;
        this.documents = documents;
    }

    @Override
    public Path exportFolder() {
        String last = settings.current().exportFolder();
        return !last.isEmpty() && Files.isDirectory(Path.of(last)) ? Path.of(last) : documents;
    }

    @Override
    public void exported(Path file) {
        exported = file.toAbsolutePath();
        settings.change(s -> s.withExportFolder(exported.getParent().toString()));
    }

    @Override
    public Optional<Path> lastExported() {
        return Optional.ofNullable(exported).filter(Files::isRegularFile);
    }

    @Override
    public Optional<Path> certificate() {
        String last = settings.current().certificate();
        return last.isEmpty() ? Optional.empty() : Optional.of(Path.of(last)).filter(Files::isRegularFile);
    }

    @Override
    public void certificateUsed(Path keystore) {
        settings.change(s -> s.withCertificate(keystore.toAbsolutePath().toString()));
    }
}
