package org.appeal.app.delivery;

/**
 * Sending could not start or go on at all: the server cannot be reached, refused the login, or
 * the connection broke. Which letters went out before it is in the delivery record.
 */
public final class MailFailure extends Exception {
    private final boolean loginRefused;

    MailFailure(String message, boolean loginRefused, Throwable cause) {
        super(message, cause);
        this.loginRefused = loginRefused;
    }

    /** The server refused the user name or password: the app forgets the password and asks again. */
    public boolean loginRefused() {
        return loginRefused;
    }
}
