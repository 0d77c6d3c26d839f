package org.appeal.ui.sign;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.appeal.app.RecentPlaces;
import org.appeal.compose.sign.PdfSigner;
import org.appeal.compose.sign.SignatureAppearance;
import org.appeal.compose.sign.SignatureLevel;
import org.appeal.compose.sign.SigningProfile;
import org.appeal.compose.sign.SigningKey;
import org.appeal.store.AtomicFile;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Signs an exported letter with an organisation's certificate (PAdES, baseline B, or T, LT or LTA
 * with a timestamp server), as {@code appeal sign} does: the signed copy is written next to the original, which stays as it was, and several
 * organisations can sign one after another.
 */
public final class SignPdfViewModel {
    private final PdfSigner signer;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final RecentPlaces places;

    private final ObjectProperty<Path> pdf = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> keystore = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> out = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final BooleanProperty visible = new SimpleBooleanProperty(true);
    private final StringProperty timestampServer = new SimpleStringProperty("");
    private final ObjectProperty<SignatureLevel> level = new SimpleObjectProperty<>(SignatureLevel.B);
    private final BooleanProperty signing = new SimpleBooleanProperty();

    /** Without memory of places: nothing is filled in at first, nothing is remembered. */
    public SignPdfViewModel(PdfSigner signer, UiExecutor executor, DialogService dialogs, Messages messages) {
        this(signer, executor, dialogs, messages, null);
    }

    /**
     * @param places the PDF just exported is filled in, and the certificate file signed with last
     *               (never its password); a certificate that signs is remembered
     */
    public SignPdfViewModel(PdfSigner signer, UiExecutor executor, DialogService dialogs, Messages messages,
                            RecentPlaces places) {
        this.signer = signer;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.places = places;
        pdf.addListener((o, a, file) -> {
            if (file != null && (out.get() == null || a != null && out.get().equals(signedName(a)))) {
                out.set(signedName(file));
            }
        });
        if (places != null) {
            places.lastExported().ifPresent(pdf::set);
            places.certificate().ifPresent(keystore::set);
        }
    }

    /** letter.pdf → letter-signed.pdf beside it. */
    private static Path signedName(Path file) {
        String name = file.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
        return file.resolveSibling(name + "-signed.pdf");
    }

    /** Where the choosers open: beside the file chosen so far, else in the last export's folder. */
    public Path folderFor(ObjectProperty<Path> file) {
        if (file.get() != null && file.get().toAbsolutePath().getParent() != null) {
            return file.get().toAbsolutePath().getParent();
        }
        return places == null ? null : places.exportFolder();
    }

    public BooleanBinding ready() {
        return Bindings.createBooleanBinding(() -> pdf.get() != null && keystore.get() != null && out.get() != null
                        && (!level.get().needsTimestampServer() || !timestampServer.get().isBlank()),
                pdf, keystore, out, level, timestampServer);
    }

    /** Signs; the password is wiped once the key is loaded. Reports to {@code done} with the signed file. */
    public void sign(char[] password, Consumer<Path> done) {
        sign(password, done, () -> { });
    }

    /**
     * Signs in the background; the password is wiped once the key is loaded. A refusal (a wrong
     * password, a file that is no certificate) is said, and {@code failed} runs: the fields stay as
     * they are, so only the password need be typed again.
     */
    public void sign(char[] password, Consumer<Path> done, Runnable failed) {
        Path source = pdf.get();
        Path target = out.get();
        Path keys = keystore.get();
        SignatureAppearance appearance = visible.get()
                ? SignatureAppearance.visible(reason.get(), location.get())
                : SignatureAppearance.invisible(reason.get(), location.get());
        SigningProfile profile;
        try {
            profile = SigningProfile.of(level.get(), level.get().needsTimestampServer() ? timestampServer.get() : null);
        } catch (IllegalArgumentException e) {
            Arrays.fill(password, '\0');
            dialogs.error(messages.get("sign.failedTitle"), e.getMessage());
            failed.run();
            return;
        }
        signing.set(true);
        executor.submit(messages.get("task.sign"), progress -> {
            try {
                SigningKey key = SigningKey.load(keys, password);
                byte[] signed = signer.sign(Files.readAllBytes(source), key, appearance, profile);
                AtomicFile.write(target, signed);
                return target;
            } finally {
                Arrays.fill(password, '\0');
            }
        }, signed -> {
            signing.set(false);
            if (places != null) {
                places.certificateUsed(keys);
            }
            done.accept(signed);
        }, failure -> {
            signing.set(false);
            dialogs.error(messages.get("sign.failedTitle"), String.valueOf(failure.getMessage()));
            failed.run();
        });
    }

    /** True while a signature is being made: the Sign button waits. */
    public BooleanProperty signingProperty() { return signing; }

    public ObjectProperty<Path> pdfProperty() { return pdf; }
    public ObjectProperty<Path> keystoreProperty() { return keystore; }
    public ObjectProperty<Path> outProperty() { return out; }
    public StringProperty reasonProperty() { return reason; }
    public StringProperty locationProperty() { return location; }
    public BooleanProperty visibleProperty() { return visible; }
    /** An RFC 3161 timestamp server's address, used from level T up. */
    public StringProperty timestampServerProperty() { return timestampServer; }
    public ObjectProperty<SignatureLevel> levelProperty() { return level; }
}
