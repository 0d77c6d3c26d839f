package org.appeal.app;

import org.appeal.store.AtomicFile;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Settings in {@code ~/.config/appeal/settings.properties} (or under {@code $XDG_CONFIG_HOME}),
 * written atomically. A damaged or missing file means defaults, never a failed start.
 */
public final class SettingsFile {
    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    public static SettingsFile standard() {
        return standard(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static SettingsFile standard(Map<String, String> environment, Path home) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return new SettingsFile(config.resolve("appeal").resolve("settings.properties"));
    }

    public Path path() {
        return file;
    }

    public AppSettings load() {
        if (!Files.isRegularFile(file)) {
            return AppSettings.DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return AppSettings.DEFAULTS;
        }
        AppSettings d = AppSettings.DEFAULTS;
        return new AppSettings(number(p, "window.width", d.windowWidth()), number(p, "window.height", d.windowHeight()),
                p.getProperty("workspace", ""), list(p.getProperty("workspace.recent", "")),
                p.getProperty("campaign.last", ""), p.getProperty("language", ""), p.getProperty("export.folder", ""),
                p.getProperty("sign.certificate", ""));
    }

    public void save(AppSettings settings) throws IOException {
        Properties p = new Properties();
        p.setProperty("window.width", String.valueOf(settings.windowWidth()));
        p.setProperty("window.height", String.valueOf(settings.windowHeight()));
        p.setProperty("workspace", settings.workspace());
        p.setProperty("workspace.recent", String.join("\n", settings.recentWorkspaces()));
        p.setProperty("campaign.last", settings.lastCampaign());
        p.setProperty("language", settings.language());
        p.setProperty("export.folder", settings.exportFolder());
        p.setProperty("sign.certificate", settings.certificate());
        StringWriter text = new StringWriter();
        p.store(text, "Appeal settings");
        AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static double number(Properties p, String key, double fallback) {
        try {
            double value = Double.parseDouble(p.getProperty(key, ""));
            return value >= 200 && value <= 20_000 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static List<String> list(String joined) {
        return Arrays.stream(joined.split("\n")).filter(s -> !s.isBlank()).limit(AppSettings.MAX_RECENT).toList();
    }
}
