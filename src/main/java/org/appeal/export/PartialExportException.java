package org.appeal.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writing a batch stopped at one file (a full disk, a file in the way). The letters written before
 * it are complete and stay; the message, and {@link #written()}, say which, so that nobody is told
 * "nothing was exported" about a folder that holds half the letters.
 */
public final class PartialExportException extends IOException {
    private final Path failed;
    private final List<Path> written;

    PartialExportException(Path failed, List<Path> written, IOException cause) {
        super("cannot write " + failed + (written.isEmpty() ? "" : " (" + written.size() + " letters were written before it)"),
                cause);
        this.failed = failed;
        this.written = List.copyOf(written);
    }

    /** The file that could not be written. */
    public Path failed() {
        return failed;
    }

    /** The letters written, complete, before the failure. */
    public List<Path> written() {
        return written;
    }
}
