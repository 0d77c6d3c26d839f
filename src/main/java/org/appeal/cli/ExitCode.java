package org.appeal.cli;

/** The command line's exit codes, stable for scripts. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
