package org.appeal.ui;

import java.util.Locale;
import java.util.Map;

/**
 * Lets a Linux input method (ibus or fcitx with Hangul, through X's XIM) reach the app's text fields.
 *
 * <p>JavaFX 21's GTK window code opens its X input method with Xlib's {@code XOpenIM} but never calls
 * {@code XSetLocaleModifiers("")}, the call that makes Xlib read {@code XMODIFIERS} (for example
 * {@code @im=ibus}). Without it Xlib opens its built-in input method, which knows no Hangul: typed keys
 * arrive as Latin letters and the Hangul toggle key types a space. Tried under Xvfb with ibus-hangul
 * (docs/user-guide.md, "Typing Korean"). Java's own X toolkit (AWT) makes that call when it starts, and
 * Xlib keeps the setting for the whole process, so starting AWT before JavaFX opens its input method is
 * enough. It costs a few hundred milliseconds at start-up, so it is done only when {@code XMODIFIERS}
 * names an input method. JavaFX 24 talks to input methods through GTK instead (JDK-8305418) and needs
 * none of this, but it needs a newer JDK than Appeal's 17.
 */
public final class LinuxInputMethod {
    private LinuxInputMethod() {
    }

    /** Starts Java's X toolkit when an X input method is configured; otherwise does nothing. */
    public static void prepare(Map<String, String> environment) {
        if (needed(System.getProperty("os.name", ""), environment)) {
            // Only for its side effect: XToolkit.init() calls XSetLocaleModifiers("").
            java.awt.Toolkit.getDefaultToolkit();
        }
    }

    /**
     * True on Linux with an X display (XWayland included) and {@code XMODIFIERS} naming an input method
     * other than {@code none}.
     */
    static boolean needed(String osName, Map<String, String> environment) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux") || !environment.containsKey("DISPLAY")) {
            return false;
        }
        String modifiers = environment.getOrDefault("XMODIFIERS", "");
        int at = modifiers.indexOf("@im=");
        if (at < 0) {
            return false;
        }
        String name = modifiers.substring(at + "@im=".length()).split("@", 2)[0].trim();
        return !name.isEmpty() && !name.equalsIgnoreCase("none");
    }
}
