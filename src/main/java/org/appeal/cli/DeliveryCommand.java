package org.appeal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code appeal delivery …}: the record of what was sent to whom. */
@Command(name = "delivery", mixinStandardHelpOptions = true,
        description = "The record of what was sent to whom: list it, record a sending (fax, post, by hand, e-mail"
                + " sent elsewhere), or change a delivery's status (receipt confirmed, failed).",
        subcommands = {DeliveryListCommand.class, DeliveryRecordCommand.class, DeliveryStatusCommand.class})
final class DeliveryCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
