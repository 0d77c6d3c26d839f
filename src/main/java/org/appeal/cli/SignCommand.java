package org.appeal.cli;

import org.appeal.compose.sign.SignatureAppearance;
import org.appeal.compose.sign.SignatureLevel;
import org.appeal.compose.sign.SigningProfile;
import org.appeal.compose.sign.SigningException;
import org.appeal.compose.sign.SigningKey;
import org.appeal.store.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code appeal sign FILE.pdf --keystore KEY.p12 --password-file PASSFILE --out SIGNED.pdf [--tsa URL] [--level t|lt|lta]}. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Sign a PDF with a PKCS#12 certificate (PAdES baseline B; with --tsa, B-T and up).",
                "The signature is appended as an incremental update, so signatures already in the PDF stay valid:"
                        + " organisations can sign one after another.",
                "Levels: B the signature alone; T plus a trusted time from the timestamp server; LT plus the"
                        + " certificates and revocation data (fetched from the services the certificates name) so it"
                        + " can be checked after the certificate expired; LTA plus a document timestamp over all of it."})
final class SignCommand implements Callable<Integer> {
    private final CliServices services;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.pdf", description = "the PDF to sign")
    Path pdf;

    @Option(names = "--keystore", required = true, paramLabel = "KEY.p12",
            description = "the signer's private key and certificate (PKCS#12: .p12 or .pfx)")
    Path keystore;

    @Option(names = "--password-file", required = true, paramLabel = "PASSFILE",
            description = "a file whose first line is the keystore password (never the password itself:"
                    + " a command line is visible to every user of the machine)")
    Path passwordFile;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "SIGNED.pdf", description = "the signed PDF to write")
    Path out;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why you sign, e.g. \"Co-signing on behalf of …\"")
    String reason;

    @Option(names = "--location", paramLabel = "TEXT", description = "where you sign, e.g. \"Seoul\"")
    String location;

    @Option(names = "--visible", description = "draw a signature box (at the bottom of the last page unless --page is given)")
    boolean visible;

    @Option(names = "--page", paramLabel = "N", description = "the page for the visible box, counted from 1")
    Integer page;

    @Option(names = "--tsa", paramLabel = "URL",
            description = "an RFC 3161 timestamp server (http:// or https://); makes the level T unless --level says more")
    String tsa;

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "b, t, lt or lta (default: b without --tsa, t with it); t and up need --tsa")
    String level;

    SignCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        return Reporting.run(spec, () -> {
            SignatureAppearance appearance = appearance();
            SigningProfile profile = profile();
            byte[] input = PdfInput.read(pdf);
            InputFile.check(keystore, "a PKCS#12 keystore (.p12 or .pfx)");
            InputFile.check(passwordFile, "a password file");
            new OutputTarget(List.of(pdf, keystore, passwordFile), List.of()).checkFile(out);
            SigningKey key = key();
            byte[] signed;
            try {
                signed = services.signer().sign(input, key, appearance, profile);
            } catch (SigningException e) {
                throw new BadInput(pdf + ": " + e.getMessage());
            }
            try {
                AtomicFile.write(out, signed);
            } catch (IOException e) {
                throw FileProblem.cannotWrite(out, e);
            }
            spec.commandLine().getOut().println("Wrote " + out + " (signed by " + key.signerName()
                    + (profile.timestampServer() == null ? "" : ", PAdES baseline " + profile.level()
                    + ", timestamp from " + profile.timestampServer()) + ")");
        });
    }

    private SignatureAppearance appearance() throws BadInput {
        if (page != null && !visible) {
            throw new BadInput("--page places a visible signature box: add --visible");
        }
        if (page != null && page < 1) {
            throw new BadInput("--page counts from 1: " + page);
        }
        SignatureAppearance appearance = visible
                ? SignatureAppearance.visible(reason, location)
                : SignatureAppearance.invisible(reason, location);
        return page == null ? appearance : appearance.onPage(page);
    }

    private SigningProfile profile() throws BadInput {
        SignatureLevel chosen;
        if (level == null) {
            chosen = tsa == null ? SignatureLevel.B : SignatureLevel.T;
        } else {
            try {
                chosen = SignatureLevel.valueOf(level.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInput("--level: unknown value '" + level + "' (expected one of b, t, lt, lta)");
            }
        }
        if (chosen.needsTimestampServer() && tsa == null) {
            throw new BadInput("--level " + level + " needs a timestamp server: add --tsa URL");
        }
        try {
            return SigningProfile.of(chosen, tsa);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--tsa: " + e.getMessage());
        }
    }

    private SigningKey key() throws BadInput {
        char[] password = PasswordFile.read(passwordFile);
        try {
            return SigningKey.load(keystore, password);
        } catch (SigningException e) {
            throw new BadInput(e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
