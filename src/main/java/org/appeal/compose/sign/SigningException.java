package org.appeal.compose.sign;

/**
 * Something the user must fix before a PDF can be signed or verified: the keystore, its password,
 * its certificate or the PDF itself. The message names the file and says what is wrong.
 */
public final class SigningException extends Exception {
    public SigningException(String message) {
        super(message);
    }

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
