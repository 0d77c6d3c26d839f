package org.appeal.cli;

import org.appeal.domain.CampaignData;
import org.appeal.domain.DuplicateFinder;
import org.appeal.domain.DuplicateSuggestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code appeal duplicates}: signatories that look like the same one; suggestions only, nothing is merged. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = "List signatories that may be the same (case, punctuation, acronym, Korean romanisation, "
                + "Hangul/romanised forms). Only suggests: nothing is merged or changed.")
final class DuplicatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CampaignInput input;

    @Override
    public Integer call() throws IOException {
        return Reporting.run(spec, () -> {
            CampaignData data = input.load();
            List<DuplicateSuggestion> suggestions = new DuplicateFinder().suggest(data.signatories().all());
            PrintWriter out = spec.commandLine().getOut();
            if (suggestions.isEmpty()) {
                out.println("No likely duplicates among " + data.signatories().all().size() + " signatories.");
            }
            for (DuplicateSuggestion s : suggestions) {
                out.printf("%s  \"%s\" (%s)  ~  \"%s\" (%s): %s%n", s.reason(), s.a().name(), s.a().id(),
                        s.b().name(), s.b().id(), s.explanation());
            }
        });
    }
}
