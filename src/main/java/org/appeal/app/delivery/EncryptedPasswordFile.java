package org.appeal.app.delivery;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Mail passwords the user chose to keep between runs, encrypted (AES-256-GCM) with a key that is
 * itself a file only the user can read (permissions {@code rw-------}), kept in another folder
 * than the encrypted passwords.
 *
 * <p>What that protects against, and what not: the passwords file can be seen, copied, backed up
 * or synced without giving the password away, as long as the key file is not copied with it. It
 * does not protect against anyone who can read the user's own files (another program running as
 * the user, an administrator, a thief of an unencrypted disk): with the key file they decrypt it.
 * Where the file system has no owner-only permissions, storing is refused rather than done weakly.
 * A desktop keyring (the Secret Service over D-Bus) would be the better place; Appeal has no
 * dependency-free way to reach one.
 */
public final class EncryptedPasswordFile {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int IV_BYTES = 12;

    private final Path passwords;
    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();

    public EncryptedPasswordFile(Path passwords, Path keyFile) {
        this.passwords = passwords;
        this.keyFile = keyFile;
    }

    /**
     * The user's: {@code ~/.config/appeal/mail-passwords} and {@code ~/.local/share/appeal/mail.key}
     * (or under {@code $XDG_CONFIG_HOME} and {@code $XDG_DATA_HOME} when those are absolute paths).
     */
    public static EncryptedPasswordFile forUser(java.util.Map<String, String> environment, Path home) {
        return standard(xdg(environment, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("appeal"),
                xdg(environment, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("appeal"));
    }

    private static Path xdg(java.util.Map<String, String> environment, String name, Path fallback) {
        String value = environment.get(name);
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    /** {@code mail-passwords} beside the settings, its key {@code mail.key} in the data folder. */
    public static EncryptedPasswordFile standard(Path settingsFolder, Path dataFolder) {
        return new EncryptedPasswordFile(settingsFolder.resolve("mail-passwords"), dataFolder.resolve("mail.key"));
    }

    /** Why storing is refused on this machine, or empty when it can be done. */
    public Optional<String> refusal() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Optional.of("this system cannot make a file only you can read, so the password is not stored:"
                    + " it is asked for once each time Appeal runs");
        }
        return Optional.empty();
    }

    public Optional<char[]> load(String account) throws IOException {
        if (!Files.isRegularFile(passwords) || !Files.isRegularFile(keyFile)) {
            return Optional.empty();
        }
        String sealed = read().getProperty(account);
        if (sealed == null) {
            return Optional.empty();
        }
        byte[] bytes = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(false), new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            cipher.updateAAD(account.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            try {
                CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
                char[] password = Arrays.copyOf(chars.array(), chars.limit());
                Arrays.fill(chars.array(), '\0');
                return Optional.of(password);
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("the stored password for " + account + " cannot be decrypted with " + keyFile
                    + " (was the key file replaced?); enter the password again", e);
        }
    }

    public void store(String account, char[] password) throws IOException {
        String refused = refusal().orElse(null);
        if (refused != null) {
            throw new IOException(refused);
        }
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] plain = Arrays.copyOf(encoded.array(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(true), new GCMParameterSpec(128, iv));
            cipher.updateAAD(account.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            Properties all = Files.isRegularFile(passwords) ? read() : new Properties();
            all.setProperty(account, Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array()));
            StringWriter text = new StringWriter();
            all.store(text, "Appeal: mail passwords, encrypted with the key in " + keyFile);
            writeOwnerOnly(passwords, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has AES-GCM", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    public void forget(String account) throws IOException {
        if (!Files.isRegularFile(passwords)) {
            return;
        }
        Properties all = read();
        if (all.remove(account) != null) {
            StringWriter text = new StringWriter();
            all.store(text, "Appeal: mail passwords, encrypted with the key in " + keyFile);
            writeOwnerOnly(passwords, text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private Properties read() throws IOException {
        Properties all = new Properties();
        try (Reader reader = Files.newBufferedReader(passwords, StandardCharsets.ISO_8859_1)) {
            all.load(reader);
        }
        return all;
    }

    private SecretKey key(boolean create) throws IOException, GeneralSecurityException {
        if (Files.isRegularFile(keyFile)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new IOException("the key file " + keyFile + " can be read by others ("
                        + PosixFilePermissions.toString(permissions) + "); make it yours alone (chmod 600) or delete it"
                        + " and enter the password again");
            }
            byte[] bytes = Files.readAllBytes(keyFile);
            if (bytes.length != 32) {
                throw new IOException("the key file " + keyFile + " is not a key Appeal wrote");
            }
            return new SecretKeySpec(bytes, "AES");
        }
        if (!create) {
            throw new IOException("the key file " + keyFile + " is missing; enter the password again");
        }
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256, random);
        SecretKey key = generator.generateKey();
        writeOwnerOnly(keyFile, key.getEncoded());
        return key;
    }

    /** Created owner-only from the first byte (no moment when others could read it), then moved in place atomically. */
    private static void writeOwnerOnly(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".part",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " atomically on this file system", e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
