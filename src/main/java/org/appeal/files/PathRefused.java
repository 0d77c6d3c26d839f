package org.appeal.files;

/** A name that does not lead to a file inside its folder; the message says why, in words for the writer. */
public final class PathRefused extends Exception {
    public enum Reason {
        /** Empty, a URL, or not a file name on this system. */
        NOT_A_NAME,
        /** By {@code ..}, by being absolute, or by a link on the way. */
        OUTSIDE,
        MISSING,
        /** A folder or a device, not a regular file. */
        NOT_A_FILE
    }

    private final Reason reason;

    public PathRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
