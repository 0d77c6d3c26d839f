package org.appeal.ui.signatories;

import org.appeal.domain.Signatory;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.TypedDay;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The signatory form's fields as typed, and what is wrong with them. A missing name, a sign-on
 * date that cannot be read and an image that cannot be printed block saving; each is said next to
 * the field at once.
 *
 * @param id          the signatory's id (a new one is made from the name when saved)
 * @param texts       the text fields, as typed
 * @param withdrawnOn kept as it was: withdrawal has its own action
 * @param imagePath   the image the signatory has now ({@code images/hrw.png}); empty for none
 * @param chosen      an image file the user chose to replace it with, and what is wrong with it
 */
public record SignatoryForm(String id, Signatory.Kind kind, int position, Map<SignatoryField, String> texts,
                            LocalDate withdrawnOn, String imagePath, Optional<ChosenImage> chosen) {
    public enum Severity { ERROR, WARNING }

    /** What is wrong with one field: {@code field} is a {@link SignatoryField}'s name, or {@code image}. */
    public record Finding(String field, Severity severity, String message) {
    }

    /**
     * An image file the user picked.
     *
     * @param problem why it cannot be printed (not PNG or JPEG, too large, cut short); empty when it can
     */
    public record ChosenImage(Path file, String problem) {
    }

    public SignatoryForm {
        EnumMap<SignatoryField, String> all = new EnumMap<>(SignatoryField.class);
        for (SignatoryField field : SignatoryField.values()) {
            String text = texts.get(field);
            all.put(field, text == null ? "" : text);
        }
        texts = Collections.unmodifiableMap(all);
        imagePath = imagePath == null ? "" : imagePath;
        chosen = chosen == null ? Optional.empty() : chosen;
    }

    public static SignatoryForm of(Signatory s) {
        Map<SignatoryField, String> texts = new EnumMap<>(SignatoryField.class);
        texts.put(SignatoryField.NAME, s.name());
        texts.put(SignatoryField.ACRONYM, s.acronym());
        texts.put(SignatoryField.TITLE, s.title());
        texts.put(SignatoryField.COUNTRY, s.country());
        texts.put(SignatoryField.SIGNED_ON, TypedDay.show(s.signedOn()));
        return new SignatoryForm(s.id(), s.kind(), s.position(), texts, s.withdrawnOn(), s.signatureImage(),
                Optional.empty());
    }

    public String text(SignatoryField field) {
        return texts.get(field);
    }

    public SignatoryForm with(SignatoryField field, String text) {
        Map<SignatoryField, String> changed = new EnumMap<>(texts);
        changed.put(field, text);
        return new SignatoryForm(id, kind, position, changed, withdrawnOn, imagePath, chosen);
    }

    public SignatoryForm withKind(Signatory.Kind newKind) {
        return new SignatoryForm(id, newKind, position, texts, withdrawnOn, imagePath, chosen);
    }

    public SignatoryForm withChosenImage(ChosenImage image) {
        return new SignatoryForm(id, kind, position, texts, withdrawnOn, imagePath, Optional.of(image));
    }

    /** No image: the one it had is dropped when saved, and any chosen one forgotten. */
    public SignatoryForm withoutImage() {
        return new SignatoryForm(id, kind, position, texts, withdrawnOn, "", Optional.empty());
    }

    /** Whether the signatory will have an image once saved. */
    public boolean hasImage() {
        return chosen.isPresent() || !imagePath.isEmpty();
    }

    public List<Finding> check(Messages messages) {
        List<Finding> findings = new ArrayList<>();
        if (text(SignatoryField.NAME).isBlank()) {
            findings.add(new Finding(SignatoryField.NAME.name(), Severity.ERROR, messages.get("signatory.nameRequired")));
        }
        TypedDay days = new TypedDay(messages.locale());
        if (!days.read(text(SignatoryField.SIGNED_ON)).readable()) {
            findings.add(new Finding(SignatoryField.SIGNED_ON.name(), Severity.ERROR, messages.get("signatory.dateUnreadable",
                    text(SignatoryField.SIGNED_ON).strip(), days.example())));
        }
        chosen.filter(c -> !c.problem().isEmpty()).ifPresent(c -> findings.add(new Finding("image", Severity.ERROR,
                messages.get("signatory.imageRefused", c.problem()))));
        if (kind == Signatory.Kind.INDIVIDUAL && !text(SignatoryField.ACRONYM).isBlank()) {
            findings.add(new Finding(SignatoryField.ACRONYM.name(), Severity.WARNING,
                    messages.get("signatory.acronymOfIndividual")));
        }
        return findings;
    }

    public boolean canSave(Messages messages) {
        return check(messages).stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * The signatory as typed, texts stripped.
     *
     * @param image the image reference it is saved with (a chosen file's new name, the one it had, or empty)
     */
    public Signatory toSignatory(Locale locale, String image) {
        LocalDate signedOn = new TypedDay(locale).read(text(SignatoryField.SIGNED_ON)).day().orElse(null);
        return new Signatory(id, kind, position, text(SignatoryField.NAME).strip(), text(SignatoryField.ACRONYM).strip(),
                text(SignatoryField.TITLE).strip(), text(SignatoryField.COUNTRY).strip(), signedOn, withdrawnOn, image);
    }

    /** A new signatory's id from its name: readable, stable, unique among {@code taken}. */
    public static String newId(String name, List<String> taken) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "signatory";
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
