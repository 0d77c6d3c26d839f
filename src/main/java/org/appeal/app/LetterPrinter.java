package org.appeal.app;

/** Sends a PDF to the system print dialog; returns false when the user cancelled. */
@FunctionalInterface
public interface LetterPrinter {
    boolean print(byte[] pdf, String jobName) throws Exception;
}
