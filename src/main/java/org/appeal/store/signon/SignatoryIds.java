package org.appeal.store.signon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Ids for new signatories: a readable slug of the name and a short hash of its {@link NameKey}, e.g.
 * {@code medecins-sans-frontieres-3fa2c1}. The same name always gives the same id, so two dry runs
 * of a sheet agree; a name with no Latin letters (Hangul) gets {@code signatory-} and its hash. In
 * the rare case that an id is taken, {@code -2}, {@code -3}… is appended in sheet order.
 */
final class SignatoryIds {
    private static final int SLUG_LENGTH = 40;

    private final ImportScratch taken;
    private final MessageDigest sha256;

    /** @param taken where the ids already given (existing signatories' and this import's) are kept */
    SignatoryIds(ImportScratch taken) {
        this.taken = taken;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    boolean isTaken(String id) {
        return taken.isTaken(id);
    }

    /** Claims an id the sheet gives; the caller has checked it is free. */
    String take(String id) {
        taken.take(id);
        return id;
    }

    String newId(String name) {
        byte[] hash = sha256.digest(NameKey.of(name).getBytes(StandardCharsets.UTF_8));
        String base = slug(name) + "-" + HexFormat.of().formatHex(hash, 0, 3);
        String id = base;
        for (int n = 2; !taken.take(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < plain.length() && slug.length() < SLUG_LENGTH; i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                slug.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && slug.length() > 0
                    && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.length() == 0 ? "signatory" : slug.toString();
    }
}
