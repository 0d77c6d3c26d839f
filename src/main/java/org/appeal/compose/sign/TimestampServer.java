package org.appeal.compose.sign;

import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.TSAClientBouncyCastle;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * An RFC 3161 timestamp server over HTTP(S), as iText's own client asks it, except that a failure
 * names the server: iText passes it on as an "Unknown PdfException", which tells the user nothing.
 */
final class TimestampServer implements ITSAClient {
    /** The server did not give a timestamp; the cause says why (refused connection, error status, bad token). */
    static final class Failure extends Exception {
        Failure(URI server, Throwable cause) {
            super("the timestamp server " + server + " did not give a timestamp (" + rootMessage(cause) + ")", cause);
        }

        private static String rootMessage(Throwable failure) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getMessage() == null ? root.getClass().getSimpleName()
                    : root.getClass().getSimpleName() + ": " + root.getMessage();
        }
    }

    private final URI server;
    private final TSAClientBouncyCastle client;

    TimestampServer(URI server) {
        this.server = server;
        this.client = new TSAClientBouncyCastle(server.toString());
    }

    @Override
    public int getTokenSizeEstimate() {
        return client.getTokenSizeEstimate();
    }

    @Override
    public MessageDigest getMessageDigest() throws GeneralSecurityException {
        return client.getMessageDigest();
    }

    @Override
    public byte[] getTimeStampToken(byte[] imprint) throws Exception {
        try {
            return client.getTimeStampToken(imprint);
        } catch (Exception e) {
            throw new Failure(server, e);
        }
    }
}
