package org.appeal.bench;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleReader;
import org.appeal.ui.common.Messages;
import org.appeal.ui.letter.BodyAssistant;
import org.appeal.ui.letter.BodyEditor;
import org.appeal.ui.letter.RichBodyEditor;
import org.appeal.ui.letter.TextAreaBodyEditor;
import org.appeal.ui.letter.TextRange;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The body editor's keystroke-to-highlight time in a three-page letter (the sample's body, three
 * pages when rendered), with the app's own editor in a real window: a typed character goes in as a
 * key event, the body is read, checked and restyled ("highlight applied"), and the next pulse lays
 * it out ("laid out"). Baseline in the same process and window size: the same keystrokes in the
 * plain TextArea editor (no highlighting), to the next pulse. Needs a display (bench/app starts Xvfb).
 */
public final class EditorBench {
    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        CampaignData sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        String body = sample.letter().body();
        Renderer renderer = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        // The rich editor's window closes before the plain one opens: without this JavaFX ends there
        // (its last window closed) and the bench waits forever for the second.
        Platform.setImplicitExit(false);
        started.await();
        System.out.printf("body: %d characters, %d lines (the sample letter: 3 pages)%n", body.length(),
                body.split("\n", -1).length);

        AtomicLong highlighted = new AtomicLong();
        RichBodyEditor[] rich = new RichBodyEditor[1];
        onFx(() -> {
            rich[0] = new RichBodyEditor(new BodyAssistant(renderer, () -> sample, () -> null),
                    new Messages(Locale.ENGLISH));
            rich[0].setOnHighlighted(text -> highlighted.set(System.nanoTime()));
        });
        double[][] richTimes = type(rich[0], rich[0].area(), body, warmup, runs, highlighted);

        TextAreaBodyEditor[] plain = new TextAreaBodyEditor[1];
        onFx(() -> plain[0] = new TextAreaBodyEditor("body"));
        double[][] plainTimes = type(plain[0], plain[0].node(), body, warmup, runs, null);

        report("keystroke -> highlight applied", richTimes[0]);
        report("keystroke -> laid out (next pulse)", richTimes[1]);
        report("baseline: plain TextArea, laid out", plainTimes[1]);
        System.out.printf("ratio laid out, editor / TextArea (median): %.2f   (p95): %.2f%n",
                median(richTimes[1]) / median(plainTimes[1]), p95(richTimes[1]) / p95(plainTimes[1]));
        Platform.exit();
    }

    /**
     * Types "x" then Backspace in the middle of the body, {@code warmup + runs} times; returns the times of
     * the "x" keystrokes: [0] to the editor's highlight (when {@code highlighted} is given), [1] to the end of
     * the next layout pulse.
     */
    private static double[][] type(BodyEditor editor, Node target, String body, int warmup, int runs,
                                   AtomicLong highlighted) throws Exception {
        Scene[] scene = new Scene[1];
        Stage[] stage = new Stage[1];
        int middle = body.indexOf("These actions collectively");
        onFx(() -> {
            scene[0] = new Scene(new StackPane(editor.node()), 700, 900);
            scene[0].getStylesheets().add(RichBodyEditor.class.getResource("/org/appeal/ui/appeal.css").toExternalForm());
            stage[0] = new Stage();
            stage[0].setScene(scene[0]);
            stage[0].show();
            editor.replaceText(body);
            editor.focus();
            editor.select(new TextRange(middle, middle));
        });
        double[] applied = new double[runs];
        double[] shown = new double[runs];
        for (int i = -warmup; i < runs; i++) {
            for (String key : new String[]{"x", "\b"}) {
                CountDownLatch laidOut = new CountDownLatch(1);
                long[] start = new long[1];
                Runnable pulse = laidOut::countDown;
                onFx(() -> {
                    start[0] = System.nanoTime();
                    scene[0].addPostLayoutPulseListener(pulse);
                    if (key.equals("\b")) {
                        target.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.BACK_SPACE,
                                false, false, false, false));
                    } else {
                        target.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, key, key, KeyCode.UNDEFINED,
                                false, false, false, false));
                    }
                    Platform.requestNextPulse();
                });
                if (!laidOut.await(5, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("no layout pulse within 5 s of a keystroke");
                }
                long end = System.nanoTime();
                String[] now = new String[1];
                onFx(() -> {
                    scene[0].removePostLayoutPulseListener(pulse);
                    now[0] = editor.text();
                });
                // A keystroke the editor did not take would time nothing: stop rather than print a figure.
                int expected = body.length() + (key.equals("x") ? 1 : 0);
                if (now[0].length() != expected) {
                    throw new IllegalStateException("the keystroke did not reach the editor (" + now[0].length()
                            + " characters, expected " + expected + ")");
                }
                if (i >= 0 && key.equals("x")) {
                    applied[i] = highlighted == null ? 0 : (highlighted.get() - start[0]) / 1e6;
                    shown[i] = (end - start[0]) / 1e6;
                }
            }
        }
        onFx(() -> stage[0].close());
        Arrays.sort(applied);
        Arrays.sort(shown);
        return new double[][]{applied, shown};
    }

    private static void onFx(Runnable work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                work.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    private static void report(String what, double[] sorted) {
        System.out.printf("%-38s median %6.1f ms   p95 %6.1f ms   (n=%d)%n", what, median(sorted), p95(sorted),
                sorted.length);
    }
}
