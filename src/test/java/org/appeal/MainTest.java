package org.appeal;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    @Test
    void withoutADisplayTheDefaultIsRenderingTheSample() {
        assertThat(Main.hasDisplay(Map.of())).isFalse();
        assertThat(Main.hasDisplay(Map.of("DISPLAY", ":0"))).isTrue();
        assertThat(Main.hasDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"))).isTrue();
        assertThat(Main.headlessDefault()).containsExactly("render",
                AppealHome.locate().root().resolve("seeds/sample-campaign").toString(), "--out", "letter.pdf");
    }

    @Test
    void theHomeFollowsAnAbsoluteHomeVariable() {
        assertThat(Main.homeFromEnvironment(Map.of("HOME", "/home/minji"))).contains("/home/minji");
        assertThat(Main.homeFromEnvironment(Map.of("HOME", "relative/dir"))).isEmpty();
        assertThat(Main.homeFromEnvironment(Map.of())).isEmpty();
    }
}
