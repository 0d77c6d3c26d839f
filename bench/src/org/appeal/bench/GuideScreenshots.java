package org.appeal.bench;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Takes the user guide's screenshots of the body editor from the real app (org.appeal.Main, a fresh
 * HOME so that the sample campaign is imported): the completion list after typing {@code $add}, the
 * hover over a reference, a misspelled reference underlined with its fix. Keys go in as key events
 * on the body, the pointer is moved with xdotool, the screen is taken with ImageMagick's import. Run
 * under Xvfb: {@code DISPLAY=:41 java -cp ... org.appeal.bench.GuideScreenshots docs/images}.
 * Not a benchmark: it lives here because bench/ holds the programs that drive the real app.
 */
public final class GuideScreenshots {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Thread app = new Thread(() -> org.appeal.Main.main(new String[0]), "app");
        app.setDaemon(true);
        app.start();
        waitFor("the letter with its preview and spelling", 240, () -> body().isPresent()
                && lookup("#previewPages").map(n -> !((javafx.scene.layout.Pane) n).getChildren().isEmpty()).orElse(false)
                && lookup("#spelling-state").map(n -> ((Labeled) n).getText().startsWith("Spelling: English")).orElse(false));
        CodeArea found = body().orElseThrow();
        fx(() -> {
            Stage stage = (Stage) found.getScene().getWindow();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1400);
            stage.setHeight(900);
            return null;
        });
        Thread.sleep(1500);
        CodeArea body = body().orElseThrow();
        String original = fx(body::getText);

        // 1. Completion: typing "$add" at the end of the first paragraph.
        int firstEnd = original.indexOf("\n");
        fx(() -> {
            body.requestFocus();
            body.moveTo(firstEnd);
            body.requestFollowCaret();
            return null;
        });
        for (char c : " Dear $add".toCharArray()) {
            fx(() -> {
                body.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), String.valueOf(c), KeyCode.UNDEFINED,
                        false, false, false, false));
                return null;
            });
            Thread.sleep(80);
        }
        waitFor("the completion list", 20, () -> lookup("#completions").isPresent());
        Thread.sleep(800);
        shoot(out.resolve("editor-completion.png"));
        fx(() -> {
            body.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false));
            body.replaceText(original);
            return null;
        });

        // 2. Hover: the pointer on a reference of the history.
        int reference = original.indexOf("$history.firstCosponsored.text") + 12;
        hover(body, reference);
        waitFor("the hover", 20, () -> lookup("#hover-value").isPresent());
        Thread.sleep(500);
        shoot(out.resolve("editor-hover.png"));
        xdotool("mousemove", "5", "890");

        // 3. A misspelled reference, underlined, with its fix in the hover and the problem in the list.
        fx(() -> {
            body.replaceText(firstEnd, firstEnd, " Dear $adressee.name,");
            return null;
        });
        waitFor("the preview blocked", 60, () -> lookup("#warnings").map(n ->
                !((javafx.scene.control.ListView<?>) n).getItems().isEmpty()).orElse(false));
        Thread.sleep(1500);
        hover(body, firstEnd + " Dear ".length() + 4);
        waitFor("the hover with a fix", 20, () -> lookup("#hover-fix-0").isPresent());
        Thread.sleep(500);
        shoot(out.resolve("editor-problem.png"));
        fx(() -> {
            body.replaceText(original);  // leave the sample as it was (the app is then closed unsaved)
            return null;
        });
        System.out.println("screenshots written to " + out);
        Runtime.getRuntime().halt(0);
    }

    private static void hover(CodeArea body, int offset) throws Exception {
        fx(() -> {
            body.moveTo(offset);
            body.requestFollowCaret();
            return null;
        });
        Thread.sleep(500);
        Bounds b = fx(() -> body.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow());
        xdotool("mousemove", String.valueOf((int) b.getCenterX()), String.valueOf((int) b.getCenterY()));
        Thread.sleep(100);
        xdotool("mousemove", String.valueOf((int) b.getCenterX() + 1), String.valueOf((int) b.getCenterY()));
    }

    static Optional<CodeArea> body() {
        return lookup("#body").filter(n -> n instanceof CodeArea).map(n -> (CodeArea) n);
    }

    /** A node showing in any window, found on the FX thread. */
    static Optional<Node> lookup(String id) {
        try {
            return fx(() -> {
                for (Window w : Window.getWindows()) {
                    if (w.isShowing() && w.getScene() != null) {
                        Node n = w.getScene().lookup(id);
                        if (n != null && n.isVisible()) {
                            return Optional.of(n);
                        }
                    }
                }
                return Optional.<Node>empty();
            });
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    static void waitFor(String what, int seconds, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (IllegalStateException notStarted) {
                // the toolkit is not up yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(what + " did not show within " + seconds + " s");
    }

    static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        // A runnable handed over while the toolkit is still starting can be lost: ask again rather than wait forever.
        return result.get(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    static void shoot(Path file) throws Exception {
        run("import", "-window", "root", file.toString());
        System.out.println("wrote " + file);
    }

    static void xdotool(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "xdotool";
        System.arraycopy(args, 0, command, 1, args.length);
        run(command);
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}
