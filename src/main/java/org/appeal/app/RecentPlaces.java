package org.appeal.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the user last put or took files, so a chooser opens where they work: the folder of the
 * last export (else their documents folder), the PDF just exported (the Sign dialog starts with
 * it) and the certificate file last signed with (never its password). The app keeps the folder
 * and the certificate in its settings; the PDF just exported only while it runs.
 */
public interface RecentPlaces {
    /** Where an export's chooser opens: the last export's folder if it is still there, else {@code fallback}. */
    Path exportFolder();

    /** An export was written to {@code file}. */
    void exported(Path file);

    /** The PDF exported last while the app runs, if it is still there. */
    Optional<Path> lastExported();

    /** The certificate file signed with last, if it is still there. */
    Optional<Path> certificate();

    void certificateUsed(Path keystore);

    /** Remembered only while this object lives: for screens and dialogs tested alone. */
    static RecentPlaces inMemory(Path fallback) {
        return new RecentPlaces() {
            private Path exportFolder;
            private Path exported;
            private Path certificate;

            @Override
            public Path exportFolder() {
                return exportFolder != null && Files.isDirectory(exportFolder) ? exportFolder : fallback;
            }

            @Override
            public void exported(Path file) {
                exported = file;
                exportFolder = file.toAbsolutePath().getParent();
            }

            @Override
            public Optional<Path> lastExported() {
                return Optional.ofNullable(exported).filter(Files::isRegularFile);
            }

            @Override
            public Optional<Path> certificate() {
                return Optional.ofNullable(certificate).filter(Files::isRegularFile);
            }

            @Override
            public void certificateUsed(Path keystore) {
                certificate = keystore;
            }
        };
    }
}
