package org.appeal.store.resolutions;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code session} column: "79" for a regular session, "ES-10" for an emergency special session,
 * "S-27" for a special session. {@link org.appeal.domain.Resolution#session()} holds regular
 * session numbers only, so the other two are valid but give no number (their symbol, such as
 * "A/RES/ES-10/21", still says which session it was).
 */
final class SessionNumbers {
    private static final Pattern REGULAR = Pattern.compile("\\d{1,4}");
    private static final Pattern SPECIAL = Pattern.compile("(?:ES|S)-\\d{1,3}");

    private SessionNumbers() {
    }

    static boolean isValid(String session) {
        return session.isEmpty() || REGULAR.matcher(session).matches() || SPECIAL.matcher(session).matches();
    }

    static Optional<Integer> regular(String session) {
        return REGULAR.matcher(session).matches() ? Optional.of(Integer.valueOf(session)) : Optional.empty();
    }
}
