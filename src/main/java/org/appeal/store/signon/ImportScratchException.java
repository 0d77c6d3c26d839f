package org.appeal.store.signon;

/**
 * The import's working file ({@link ImportScratch}) could not be made or written, typically because
 * the temporary folder is full. Nothing was imported; the message names the file and says why.
 */
public final class ImportScratchException extends RuntimeException {
    ImportScratchException(String message, Throwable cause) {
        super(message, cause);
    }
}
