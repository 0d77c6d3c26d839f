package org.appeal.bench;

import javafx.application.Platform;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Which physical font JavaFX draws its "System" font with, and how wide the sample campaign's title
 * is in it: bench/ui-fonts runs this under each font configuration to show that the configuration
 * really reached JavaFX (headless Monocle asks fontconfig, so FONTCONFIG_FILE decides).
 * Prints one line; asserts nothing.
 */
public final class FontProbe {
    private static final String SAMPLE_TITLE = "2025 North Korean human rights resolution, 80th UN General Assembly";

    public static void main(String[] args) throws Exception {
        CompletableFuture<String> report = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                Font system = Font.font("System", 13);
                Text text = new Text(SAMPLE_TITLE);
                text.setFont(system);
                report.complete(String.format("JavaFX 'System' font: %s; sample title at 13 px: %.0f px wide",
                        physicalName(system), text.getLayoutBounds().getWidth()));
            } catch (RuntimeException | ReflectiveOperationException e) {
                report.completeExceptionally(e);
            }
        });
        try {
            System.out.println(report.get(30, TimeUnit.SECONDS));
        } finally {
            Platform.exit();
        }
    }

    /**
     * The face behind the logical font. JavaFX has no public API for it; its internal font objects
     * are reachable by reflection here because JavaFX runs from the classpath.
     */
    private static String physicalName(Font font) throws ReflectiveOperationException {
        Object nativeFont = Class.forName("com.sun.javafx.scene.text.FontHelper")
                .getMethod("getNativeFont", Font.class).invoke(null, font);
        Object resource = Class.forName("com.sun.javafx.font.PGFont").getMethod("getFontResource").invoke(nativeFont);
        Class<?> composite = Class.forName("com.sun.javafx.font.CompositeFontResource");
        if (composite.isInstance(resource)) {
            resource = composite.getMethod("getSlotResource", int.class).invoke(resource, 0);
        }
        return (String) Class.forName("com.sun.javafx.font.FontResource").getMethod("getFullName").invoke(resource);
    }
}
