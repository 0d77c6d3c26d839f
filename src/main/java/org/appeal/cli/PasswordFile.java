package org.appeal.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A keystore password kept in a file, so that it never appears on a command line, where every
 * user of the machine can read it in the process list. The first line is the password; the
 * line break after it is not part of it.
 */
final class PasswordFile {
    private PasswordFile() {
    }

    /** The password as characters, which the caller wipes once the keystore is open. */
    static char[] read(Path file) throws BadInput {
        byte[] bytes;
        InputFile.check(file, "a password file");
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw FileProblem.cannotRead(file, e);
        }
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new BadInput("the password file " + file + " is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        // Notepad starts UTF-8 files with a byte order mark; it is not part of the password.
        int start = chars.length() > 0 && chars.charAt(0) == '\uFEFF' ? 1 : 0;
        int end = start;
        while (end < chars.length() && chars.charAt(end) != '\n' && chars.charAt(end) != '\r') {
            end++;
        }
        char[] password = new char[end - start];
        chars.position(start);
        chars.get(password, 0, password.length);
        Arrays.fill(chars.array(), '\0');
        if (password.length == 0) {
            throw new BadInput("the password file " + file + " is empty: its first line must be the keystore password");
        }
        return password;
    }
}
