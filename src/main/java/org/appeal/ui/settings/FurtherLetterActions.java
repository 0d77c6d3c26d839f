package org.appeal.ui.settings;

import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterName;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Adding, renaming and removing further letters on the settings screen: the name asked is
 * checked against the letters there are, the removal confirmed, and the changed list handed on
 * to be saved. The main letter is never renamed or removed.
 */
final class FurtherLetterActions {
    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<List<String>> names;
    private final Supplier<SavedSettings> saved;
    private final BiConsumer<SavedSettings, String> apply;

    /**
     * @param names the letters' names as the screen lists them
     * @param saved the settings as saved now
     * @param apply saves the changed settings, with the message key saying what was done
     */
    FurtherLetterActions(DialogService dialogs, Messages messages, Supplier<List<String>> names,
                         Supplier<SavedSettings> saved, BiConsumer<SavedSettings, String> apply) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.names = names;
        this.saved = saved;
        this.apply = apply;
    }

    /** Why {@code name} cannot name a new or renamed letter, in words; empty when it can. */
    Optional<String> nameProblem(String name, String renamed) {
        List<String> taken = names.get().stream().filter(n -> !n.equals(renamed)).toList();
        return LetterName.problem(name == null ? "" : name.strip(), taken)
                .map(p -> messages.get("settings.letterName." + p.name()));
    }

    void add(UnaryOperator<Optional<String>> askName) {
        askName.apply(Optional.empty()).map(String::strip).ifPresent(name -> {
            if (refused(name, null)) {
                return;
            }
            SavedSettings now = saved.get();
            apply.accept(now.withFurther(new FurtherLetters(now.further()).added(name, now.main())), "settings.did.addLetter");
        });
    }

    void rename(String name, UnaryOperator<Optional<String>> askName) {
        if (CampaignData.MAIN_LETTER.equals(name)) {
            return;
        }
        askName.apply(Optional.of(name)).map(String::strip).filter(n -> !n.equals(name)).ifPresent(newName -> {
            if (refused(newName, name)) {
                return;
            }
            SavedSettings now = saved.get();
            apply.accept(now.withFurther(new FurtherLetters(now.further()).renamed(name, newName)),
                    "settings.did.renameLetter");
        });
    }

    void remove(String name) {
        if (CampaignData.MAIN_LETTER.equals(name)) {
            return;
        }
        if (!dialogs.confirm(messages.get("settings.removeLetterTitle"), messages.get("settings.removeLetterConfirm", name))) {
            return;
        }
        SavedSettings now = saved.get();
        apply.accept(now.withFurther(new FurtherLetters(now.further()).removed(name)), "settings.did.removeLetter");
    }

    private boolean refused(String name, String renamed) {
        Optional<String> problem = nameProblem(name, renamed);
        problem.ifPresent(p -> dialogs.error(messages.get("settings.failedTitle"), p));
        return problem.isPresent();
    }
}
