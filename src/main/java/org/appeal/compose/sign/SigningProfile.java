package org.appeal.compose.sign;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The level a signature is made at and, above baseline B, the RFC 3161 timestamp server that
 * vouches for its time.
 *
 * @param timestampServer the server's {@code http} or {@code https} address; {@code null} for {@link SignatureLevel#B}
 */
public record SigningProfile(SignatureLevel level, URI timestampServer) {
    public static final SigningProfile BASELINE_B = new SigningProfile(SignatureLevel.B, null);

    public SigningProfile {
        Objects.requireNonNull(level, "level");
        if (level.needsTimestampServer() && timestampServer == null) {
            throw new IllegalArgumentException("a signature at level " + level + " needs a timestamp server (RFC 3161)");
        }
        if (!level.needsTimestampServer() && timestampServer != null) {
            throw new IllegalArgumentException("a timestamp server makes the signature level T, LT or LTA, not B");
        }
        if (timestampServer != null) {
            String scheme = timestampServer.getScheme() == null ? "" : timestampServer.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || timestampServer.getHost() == null) {
                throw new IllegalArgumentException("a timestamp server is an http:// or https:// address, not '"
                        + timestampServer + "'");
            }
        }
    }

    /** A level with a timestamp server given as typed. */
    public static SigningProfile of(SignatureLevel level, String timestampServer) {
        if (timestampServer == null || timestampServer.isBlank()) {
            return new SigningProfile(level, null);
        }
        try {
            return new SigningProfile(level, new URI(timestampServer.strip()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a web address: '" + timestampServer + "' (" + e.getReason() + ")", e);
        }
    }
}
