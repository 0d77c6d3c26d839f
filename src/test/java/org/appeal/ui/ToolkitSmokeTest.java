package org.appeal.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ToolkitSmokeTest {
    @Start
    void start(Stage stage) {
        TextField field = new TextField();
        field.setId("field");
        stage.setScene(new Scene(new VBox(field, new Button("ok")), 300, 200));
        stage.show();
    }

    @Test
    void typesHangul(FxRobot robot) {
        robot.clickOn("#field").write("대한민국");
        assertThat(robot.lookup("#field").queryAs(TextField.class).getText()).isEqualTo("대한민국");
    }
}
