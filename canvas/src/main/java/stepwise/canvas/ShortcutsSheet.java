package stepwise.canvas;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The sheet of shortcuts (F1), over the canvas until closed with Esc, F1 or its button. */
final class ShortcutsSheet extends VBox {
    ShortcutsSheet(Runnable close) {
        getStyleClass().add("shortcuts-sheet");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label title = new Label("Canvas shortcuts");
        title.getStyleClass().add("sheet-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button closeButton = new Button("Close");
        closeButton.setOnAction(e -> close.run());
        HBox header = new HBox(title, spacer, closeButton);
        header.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("sheet-grid");
        int row = 0;
        int column = 0;
        for (CanvasShortcuts.Group group : CanvasShortcuts.ALL) {
            GridPane part = new GridPane();
            part.getStyleClass().add("sheet-group");
            Label heading = new Label(group.title());
            heading.getStyleClass().add("sheet-heading");
            part.add(heading, 0, 0, 2, 1);
            int r = 1;
            for (CanvasShortcuts.Shortcut s : group.shortcuts()) {
                Label keys = new Label(s.keys());
                keys.getStyleClass().add("sheet-keys");
                Label action = new Label(s.action());
                action.getStyleClass().add("sheet-action");
                part.add(keys, 0, r);
                part.add(action, 1, r);
                r++;
            }
            grid.add(part, column, row);
            column++;
            if (column == 2) {
                column = 0;
                row++;
            }
        }
        getChildren().addAll(header, grid);
        setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case ESCAPE, F1 -> {
                    close.run();
                    e.consume();
                }
                default -> {
                }
            }
        });
    }
}
