package org.appeal.ui;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When Appeal starts Java's X toolkit so that JavaFX uses the configured input method. That the toolkit
 * then makes ibus-hangul reach the body editor was tried by hand under Xvfb (docs/user-guide.md,
 * "Typing Korean"): a test run has no X server or input method.
 */
class LinuxInputMethodTest {
    @Test
    void anInputMethodNamedInXModifiersOnAnXDisplayIsPrepared() {
        assertThat(LinuxInputMethod.needed("Linux", Map.of("DISPLAY", ":0", "XMODIFIERS", "@im=ibus"))).isTrue();
        assertThat(LinuxInputMethod.needed("Linux", Map.of("DISPLAY", ":1", "XMODIFIERS", "@im=fcitx"))).isTrue();
        assertThat(LinuxInputMethod.needed("Linux", Map.of("DISPLAY", ":0", "XMODIFIERS", "@im=kime@other=x")))
                .isTrue();
    }

    @Test
    void nothingIsDoneWithoutAnInputMethodAnXDisplayOrLinux() {
        assertThat(LinuxInputMethod.needed("Linux", Map.of("DISPLAY", ":0"))).isFalse();
        assertThat(LinuxInputMethod.needed("Linux", Map.of("DISPLAY", ":0", "XMODIFIERS", "@im=none"))).isFalse();
        assertThat(LinuxInputMethod.needed("Linux", Map.of("DISPLAY", ":0", "XMODIFIERS", "@im="))).isFalse();
        assertThat(LinuxInputMethod.needed("Linux", Map.of("DISPLAY", ":0", "XMODIFIERS", ""))).isFalse();
        assertThat(LinuxInputMethod.needed("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0", "XMODIFIERS", "@im=ibus")))
                .isFalse();
        assertThat(LinuxInputMethod.needed("Windows 11", Map.of("DISPLAY", ":0", "XMODIFIERS", "@im=ibus"))).isFalse();
        assertThat(LinuxInputMethod.needed("Mac OS X", Map.of("XMODIFIERS", "@im=ibus"))).isFalse();
    }
}
