package org.appeal.compose;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;
import com.itextpdf.styledxmlparser.resolver.font.BasicFontProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * The fonts bundled with Appeal (Liberation Serif for Latin text, Nanum Myeongjo for Hangul), so
 * a PDF never depends on what the machine has. Loaded once; every letter embeds them.
 */
public final class FontLibrary {
    static final String LATIN_FAMILY = "Liberation Serif";
    /** The families to name where text may hold any script the letter can: Latin first, then Hangul. */
    public static final List<String> FAMILIES = List.of(LATIN_FAMILY, "NanumMyeongjo");
    private static final List<String> FILES = List.of(
            "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf",
            "NanumMyeongjo.ttf", "NanumMyeongjoBold.ttf");

    private final List<byte[]> fonts = new ArrayList<>();
    private final List<FontProgram> programs = new ArrayList<>();
    private final Map<Integer, Boolean> coverage = new ConcurrentHashMap<>();

    public FontLibrary() {
        for (String file : FILES) {
            byte[] bytes = read("/fonts/" + file);
            fonts.add(bytes);
            try {
                programs.add(FontProgramFactory.createFont(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException("bundled font unreadable: " + file, e);
            }
        }
    }

    /** A provider with only the bundled fonts: nothing from the system, no unembedded standard fonts. */
    public FontProvider provider() {
        FontSet set = new FontSet();
        fonts.forEach(set::addFont);
        return new BasicFontProvider(set, LATIN_FAMILY);
    }

    /** Whether some bundled font has a real glyph (not .notdef) for the code point. */
    public boolean covers(int codePoint) {
        return coverage.computeIfAbsent(codePoint, cp -> programs.stream().anyMatch(p -> {
            Glyph glyph = p.getGlyph(cp);
            return glyph != null && glyph.getCode() > 0;
        }));
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the build: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
