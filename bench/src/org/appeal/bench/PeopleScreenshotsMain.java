package org.appeal.bench;

/** Starts {@link PeopleScreenshots} from a class that is not an Application, as JavaFX on the class path needs. */
public final class PeopleScreenshotsMain {
    private PeopleScreenshotsMain() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(PeopleScreenshots.class, args);
    }
}
