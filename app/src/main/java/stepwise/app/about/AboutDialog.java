package stepwise.app.about;

import java.net.URL;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Window;
import stepwise.app.Version;
import stepwise.assets.Assets;

/**
 * Help → About: the version, what Stepwise is, the Java it runs on, and the third-party libraries it
 * bundles with their versions and licences (from the build, see {@link ThirdPartyLibraries}).
 */
public final class AboutDialog {
    static final String DESCRIPTION = "A desktop studio for Amazon States Language workflows: draw them, edit their JSON, "
            + "run them on your machine as AWS Step Functions would, and watch every step.";
    private static final Logger LOG = Logger.getLogger(AboutDialog.class.getName());

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label status = new Label();
    private final Consumer<String> openLink;
    private final List<ThirdPartyLibrary> libraries = libraries();

    /**
     * @param owner    the window it belongs to, or null
     * @param openLink opens a web address (the application's host services); null to copy addresses instead
     */
    public AboutDialog(Window owner, Consumer<String> openLink) {
        this.openLink = openLink;
        dialog.setTitle("About Stepwise");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        DialogPane pane = dialog.getDialogPane();
        pane.getStyleClass().add("about-dialog");
        pane.setContent(createView());
        ButtonType copy = new ButtonType("Copy list", ButtonBar.ButtonData.LEFT);
        pane.getButtonTypes().addAll(copy, ButtonType.CLOSE);
        pane.lookupButton(copy).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            copy(libraryList(), "Copied the list of libraries and licences.");
        });
        dialog.setResizable(true);
    }

    public void show() {
        dialog.show();
    }

    DialogPane pane() {
        return dialog.getDialogPane();
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    private static List<ThirdPartyLibrary> libraries() {
        try {
            return ThirdPartyLibraries.bundled();
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "the list of bundled libraries is missing; showing the licence list without versions", e);
            return ThirdPartyLibraries.catalogue();
        }
    }

    private Region createView() {
        VBox view = new VBox(14, createHeader(), createLibraries(), status);
        view.setPadding(new Insets(12, 12, 0, 12));
        view.setPrefWidth(760);
        status.getStyleClass().add("about-status");
        status.setWrapText(true);
        return view;
    }

    private Region createHeader() {
        VBox text = new VBox(4);
        Label name = new Label("Stepwise");
        name.getStyleClass().add("about-title");
        name.setFont(Font.font(null, FontWeight.BOLD, 22));
        Label version = new Label("Version " + Version.get());
        version.getStyleClass().add("about-version");
        version.setFont(Font.font(null, FontWeight.BOLD, 13));
        Label description = new Label(DESCRIPTION);
        description.setWrapText(true);
        Label runtime = new Label("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        runtime.getStyleClass().add("about-runtime");
        text.getChildren().addAll(name, version, description, runtime);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox header = new HBox(18, text);
        header.setAlignment(Pos.TOP_LEFT);
        URL icon = Assets.resource("icons/app/stepwise-64.png");
        if (icon != null) {
            ImageView image = new ImageView(new Image(icon.toExternalForm()));
            image.setFitWidth(64);
            image.setFitHeight(64);
            header.getChildren().add(0, image);
        }
        return header;
    }

    private Region createLibraries() {
        Label heading = new Label("Bundled libraries");
        heading.getStyleClass().add("about-section");
        heading.setFont(Font.font(null, FontWeight.BOLD, 13));
        Label note = new Label("Stepwise includes these libraries, each under its own licence; a licence's link opens its text.");
        note.setWrapText(true);
        TableView<ThirdPartyLibrary> table = new TableView<>();
        table.getStyleClass().add("about-libraries");
        TableColumn<ThirdPartyLibrary, String> library = column("Library", ThirdPartyLibrary::name, 230);
        TableColumn<ThirdPartyLibrary, String> version = column("Version", ThirdPartyLibrary::version, 110);
        TableColumn<ThirdPartyLibrary, String> licence = column("Licence", ThirdPartyLibrary::licence, 380);
        version.setCellFactory(c -> new VersionCell());
        licence.setCellFactory(c -> new LicenceCell());
        table.getColumns().addAll(List.of(library, version, licence));
        table.getItems().setAll(libraries);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(320);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, heading, note, table);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<ThirdPartyLibrary, String> column(String title, Function<ThirdPartyLibrary, String> value, double width) {
        TableColumn<ThirdPartyLibrary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setReorderable(false);
        return c;
    }

    /** The main artifact's version; every artifact's version in a tooltip. */
    private static final class VersionCell extends TableCell<ThirdPartyLibrary, String> {
        @Override
        protected void updateItem(String version, boolean empty) {
            super.updateItem(version, empty);
            ThirdPartyLibrary row = getTableRow() == null ? null : getTableRow().getItem();
            setText(empty || row == null ? null : version);
            setTooltip(empty || row == null ? null : new Tooltip(row.artifactVersions()));
        }
    }

    /** The licence's name as a link to its text. */
    private final class LicenceCell extends TableCell<ThirdPartyLibrary, String> {
        private final Hyperlink link = new Hyperlink();

        LicenceCell() {
            link.setOnAction(e -> {
                ThirdPartyLibrary row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    open(row.licenceUrl());
                }
            });
        }

        @Override
        protected void updateItem(String licence, boolean empty) {
            super.updateItem(licence, empty);
            ThirdPartyLibrary row = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || licence == null || row == null) {
                setGraphic(null);
                return;
            }
            link.setText(licence);
            link.setTooltip(new Tooltip(row.licenceUrl()));
            setGraphic(link);
        }
    }

    private void open(String url) {
        if (openLink == null) {
            copy(url, "Copied " + url);
            return;
        }
        openLink.accept(url);
    }

    private void copy(String text, String message) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        status.setText(message);
    }

    /** The libraries as plain text, one a line, for pasting into a licence review. */
    String libraryList() {
        StringBuilder sb = new StringBuilder("Stepwise " + Version.get() + " bundles:\n");
        for (ThirdPartyLibrary l : libraries) {
            sb.append('\n').append(l.name()).append(" \u2014 ").append(l.licence()).append(" \u2014 ").append(l.licenceUrl()).append('\n');
            for (String line : l.artifactVersions().split("\n")) {
                if (!line.isEmpty()) {
                    sb.append("  ").append(line).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
