package org.appeal.cli;

import org.appeal.compose.Problem;
import org.appeal.compose.RenderException;
import org.appeal.store.db.WorkspaceBusyException;
import org.appeal.store.db.WorkspaceUnavailableException;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** How commands tell the user what went wrong, the same way every time. */
final class Reporting {
    /** Problems listed under a refusal: enough to start fixing; a binary file would otherwise fill the terminal. */
    static final int SHOWN_DETAILS = 20;

    interface Work {
        void run() throws BadInput, IOException;
    }

    /** Work whose outcome is an exit code of its own, such as a verification's. */
    interface Check {
        int run() throws BadInput, IOException;
    }

    private Reporting() {
    }

    static int run(CommandSpec spec, Work work) throws IOException {
        return check(spec, () -> {
            work.run();
            return ExitCode.OK;
        });
    }

    static int check(CommandSpec spec, Check check) throws IOException {
        try {
            return check.run();
        } catch (BadInput e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("appeal: " + e.getMessage());
            e.details().stream().limit(SHOWN_DETAILS).forEach(d -> err.println("  " + d));
            if (e.details().size() > SHOWN_DETAILS) {
                err.printf("  and %,d more%n", e.details().size() - SHOWN_DETAILS);
            }
            return ExitCode.BAD_INPUT;
        } catch (WorkspaceBusyException | WorkspaceUnavailableException e) {
            // Not a bug, and nothing was written: another Appeal's turn, or the file, folder or disk to look at.
            spec.commandLine().getErr().println("appeal: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    static BadInput notRendered(RenderException e) {
        return new BadInput("the letter was not rendered; fix these first:",
                e.problems().stream().map(Problem::toString).toList());
    }

    static void warnings(CommandSpec spec, List<Problem> warnings) {
        warnings.forEach(w -> spec.commandLine().getErr().println("warning: " + w));
    }
}
