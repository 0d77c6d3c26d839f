package org.appeal.cli;

/** The command line's exit codes, stable for scripts. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;
    /** {@code verify}: a signature is broken, something other than signatures was added after one, or there is none. */
    public static final int VERIFICATION_FAILED = 3;

    private ExitCode() {
    }
}
