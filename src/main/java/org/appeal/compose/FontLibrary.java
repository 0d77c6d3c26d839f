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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts bundled with Appeal (Liberation Serif for Latin text, Nanum Myeongjo for Hangul), so
 * a PDF never depends on what the machine has. Each font is read the first time it is needed and
 * kept: a letter in Latin script never reads the 8 MB of Hangul fonts (a fresh render saves about
 * 0.15 s), and the font data, once read, is shared by every converter.
 */
public final class FontLibrary {
    static final String LATIN_FAMILY = "Liberation Serif";
    /** The families to name where text may hold any script the letter can: Latin first, then Hangul. */
    public static final List<String> FAMILIES = List.of(LATIN_FAMILY, "NanumMyeongjo");
    private static final List<String> LATIN = List.of(
            "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf");
    private static final List<String> HANGUL = List.of("NanumMyeongjo.ttf", "NanumMyeongjoBold.ttf");

    private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();
    private final Map<String, FontProgram> programs = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> latinCoverage = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> coverage = new ConcurrentHashMap<>();

    /** A provider with every bundled font: nothing from the system, no unembedded standard fonts. */
    public FontProvider provider() {
        FontSet set = new FontSet();
        LATIN.forEach(file -> set.addFont(bytes(file)));
        HANGUL.forEach(file -> set.addFont(bytes(file)));
        return new BasicFontProvider(set, LATIN_FAMILY);
    }

    /**
     * A provider with the Latin fonts only, for text they cover entirely ({@link #latinCovers}):
     * font selection then picks exactly what {@link #provider()} would, without reading the others.
     */
    FontProvider latinProvider() {
        FontSet set = new FontSet();
        LATIN.forEach(file -> set.addFont(bytes(file)));
        return new BasicFontProvider(set, LATIN_FAMILY);
    }

    /** Whether some bundled font has a real glyph (not .notdef) for the code point. */
    public boolean covers(int codePoint) {
        return coverage.computeIfAbsent(codePoint, cp -> latinCovers(cp)
                || HANGUL.stream().anyMatch(file -> has(program(file), cp)));
    }

    /** Whether the Latin fonts have every character of the text (markup included: it is ASCII). */
    boolean latinCovers(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isISOControl(cp)
                || latinCovers(cp));
    }

    private boolean latinCovers(int codePoint) {
        return latinCoverage.computeIfAbsent(codePoint, cp -> LATIN.stream().anyMatch(file -> has(program(file), cp)));
    }

    private static boolean has(FontProgram program, int codePoint) {
        Glyph glyph = program.getGlyph(codePoint);
        return glyph != null && glyph.getCode() > 0;
    }

    private FontProgram program(String file) {
        return programs.computeIfAbsent(file, f -> {
            try {
                return FontProgramFactory.createFont(bytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException("bundled font unreadable: " + f, e);
            }
        });
    }

    private byte[] bytes(String file) {
        return bytes.computeIfAbsent(file, FontLibrary::read);
    }

    private static byte[] read(String file) {
        String resource = "/fonts/" + file;
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
