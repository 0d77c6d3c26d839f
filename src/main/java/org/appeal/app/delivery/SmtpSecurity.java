package org.appeal.app.delivery;

/** How the connection to the mail server is protected. */
public enum SmtpSecurity {
    /** Plain connection upgraded to TLS before anything is sent (usually port 587); refused if the server cannot. */
    STARTTLS,
    /** TLS from the first byte (usually port 465). */
    TLS,
    /** No encryption: only for a server on this machine (tests, a local relay), never over a network. */
    NONE
}
