package stepwise.app.start;

import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import stepwise.assets.Assets;
import stepwise.assets.Example;
import stepwise.canvas.diagram.ThemePalette;

/**
 * The page a window shows when there is nothing open yet: start a new workflow, open one (or a recent
 * one), or open one of the bundled examples, each shown with a picture in the current theme and a line
 * on what it teaches. Built in code; colours from the theme ({@code start.css}).
 */
public final class StartPage {
    /** What the page's links do: the window carries them out. */
    public interface Actions {
        void newWorkflow();

        void open();

        void openRecent(Path file);

        /** Opens the example as a new, untitled workflow. */
        void openExample(Example example);

        /** Writes the example's files into a folder the user picks, and opens it from there. */
        void saveExampleToFolder(Example example);

        /** Leaves the page for the workflow open behind it. */
        void back();
    }

    static final double PICTURE_WIDTH = 264;
    static final double PICTURE_HEIGHT = 172;

    private final List<Example> examples;
    private final ExamplePictures pictures;
    private final ObservableValue<ThemePalette.Theme> theme;
    private final Supplier<List<Path>> recent;
    private final Actions actions;
    private final VBox recentList = new VBox(2);
    private final Map<String, ImageView> views = new HashMap<>();
    private final ScrollPane root;
    private final Button back = new Button("Back to the Workflow");

    public StartPage(List<Example> examples, ExamplePictures pictures, ObservableValue<ThemePalette.Theme> theme,
                     Supplier<List<Path>> recent, BooleanProperty showAtStart, Actions actions) {
        this.examples = examples;
        this.pictures = pictures;
        this.theme = theme;
        this.recent = recent;
        this.actions = actions;
        root = new ScrollPane(createView(showAtStart));
        root.setFitToWidth(true);
        root.getStyleClass().add("start-page");
        theme.addListener((o, before, after) -> drawPictures());
    }

    public Node node() {
        return root;
    }

    /**
     * Brings the page up to date before it is shown: the recent files and the pictures in the current theme.
     * @param workflowBehind the name of the workflow open behind the page, offered to go back to; null when there is none worth it
     */
    public void refresh(String workflowBehind) {
        back.setText(workflowBehind == null ? "" : "Back to " + workflowBehind);
        back.setVisible(workflowBehind != null);
        back.setManaged(workflowBehind != null);
        fillRecent();
        drawPictures();
    }

    private VBox createView(BooleanProperty showAtStart) {
        Label title = new Label("Stepwise");
        title.getStyleClass().add("start-title");
        Label tagline = new Label("Draw, edit and run AWS Step Functions workflows on your own machine.");
        tagline.getStyleClass().add("start-tagline");
        VBox titles = new VBox(2, title, tagline);
        Region headerGrow = new Region();
        HBox.setHgrow(headerGrow, Priority.ALWAYS);
        back.getStyleClass().add("start-back");
        back.setOnAction(e -> actions.back());
        back.setCancelButton(true);
        HBox header = new HBox(16, appIcon(), titles, headerGrow, back);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("start-header");

        VBox start = new VBox(2, heading("Start"),
                action("New Workflow", "Ctrl+N", "M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z", actions::newWorkflow),
                action("Open\u2026", "Ctrl+O", "M10 4H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V8c0-1.1-.9-2-2-2h-8l-2-2z",
                        actions::open));
        start.getStyleClass().add("start-section");
        VBox recentSection = new VBox(2, heading("Recent"), recentList);
        recentSection.getStyleClass().add("start-section");
        CheckBox showAtStartBox = new CheckBox("Show this page when Stepwise starts");
        showAtStartBox.selectedProperty().bindBidirectional(showAtStart);
        showAtStartBox.getStyleClass().add("start-show-at-start");
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        VBox left = new VBox(28, start, recentSection, grow, showAtStartBox);
        left.getStyleClass().add("start-left");
        left.setMinWidth(240);
        left.setPrefWidth(256);
        left.setMaxWidth(280);

        Label examplesHeading = heading("Learn from an example");
        Label examplesHint = new Label("Each example opens with a ready input and mocked AWS services: press Run and watch it.");
        examplesHint.getStyleClass().add("start-hint");
        examplesHint.setWrapText(true);
        FlowPane cards = new FlowPane(16, 16);
        cards.getStyleClass().add("example-cards");
        for (Example e : examples) {
            cards.getChildren().add(card(e));
        }
        VBox right = new VBox(6, examplesHeading, examplesHint, cards);
        VBox.setMargin(cards, new javafx.geometry.Insets(10, 0, 0, 0));
        right.getStyleClass().add("start-right");
        HBox.setHgrow(right, Priority.ALWAYS);

        HBox body = new HBox(40, left, right);
        VBox page = new VBox(32, header, body);
        page.getStyleClass().add("start-content");
        fillRecent();
        return page;
    }

    private static Node appIcon() {
        URL icon = Assets.resource("icons/app/stepwise-64.png");
        if (icon == null) {
            return new Region();
        }
        ImageView view = new ImageView(new Image(icon.toExternalForm(), 56, 56, true, true));
        view.getStyleClass().add("start-icon");
        return view;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("start-heading");
        return l;
    }

    private static Button action(String text, String shortcut, String iconPath, Runnable run) {
        SVGPath icon = new SVGPath();
        icon.setContent(iconPath);
        icon.getStyleClass().add("start-action-icon");
        StackPane iconBox = new StackPane(icon);
        iconBox.setMinSize(24, 24);
        Label name = new Label(text);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label keys = new Label(shortcut);
        keys.getStyleClass().add("start-shortcut");
        HBox content = new HBox(10, iconBox, name, grow, keys);
        content.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button();
        b.setGraphic(content);
        b.setMaxWidth(Double.MAX_VALUE);
        content.prefWidthProperty().bind(b.widthProperty().subtract(24));
        b.getStyleClass().add("start-action");
        b.setOnAction(e -> run.run());
        return b;
    }

    private void fillRecent() {
        recentList.getChildren().clear();
        List<Path> files = recent.get();
        if (files.isEmpty()) {
            Label none = new Label("Workflows you open appear here.");
            none.getStyleClass().add("start-hint");
            recentList.getChildren().add(none);
            return;
        }
        for (Path p : files.subList(0, Math.min(8, files.size()))) {
            Hyperlink link = new Hyperlink(String.valueOf(p.getFileName()));
            link.getStyleClass().add("start-recent");
            link.setMnemonicParsing(false);
            Label folder = new Label(String.valueOf(p.getParent()));
            folder.getStyleClass().add("start-recent-folder");
            folder.setMnemonicParsing(false);
            link.setTooltip(new Tooltip(p.toString()));
            link.setOnAction(e -> actions.openRecent(p));
            VBox item = new VBox(0, link, folder);
            item.getStyleClass().add("start-recent-item");
            recentList.getChildren().add(item);
        }
    }

    private Node card(Example e) {
        ImageView picture = new ImageView();
        picture.setFitWidth(PICTURE_WIDTH - 16);
        picture.setFitHeight(PICTURE_HEIGHT - 12);
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        views.put(e.id(), picture);
        StackPane frame = new StackPane(picture);
        frame.getStyleClass().add("example-picture");
        frame.setMinSize(PICTURE_WIDTH, PICTURE_HEIGHT);
        frame.setPrefSize(PICTURE_WIDTH, PICTURE_HEIGHT);
        frame.setMaxSize(PICTURE_WIDTH, PICTURE_HEIGHT);
        Rectangle clip = new Rectangle(PICTURE_WIDTH, PICTURE_HEIGHT);
        clip.setArcWidth(12);
        clip.setArcHeight(12);
        frame.setClip(clip);

        Label title = new Label(e.title());
        title.getStyleClass().add("example-title");
        title.setWrapText(true);
        Label teaches = new Label(e.teaches());
        teaches.getStyleClass().add("example-teaches");
        teaches.setWrapText(true);
        teaches.setMinHeight(Region.USE_PREF_SIZE);
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        Hyperlink open = new Hyperlink("Open");
        open.getStyleClass().add("example-open");
        open.setOnAction(a -> actions.openExample(e));
        Hyperlink save = new Hyperlink("Save to Folder\u2026");
        save.getStyleClass().add("example-save");
        save.setTooltip(new Tooltip("Write the workflow, its inputs and its mock file into a folder, and open it from there"));
        save.setOnAction(a -> actions.saveExampleToFolder(e));
        for (Hyperlink l : new Hyperlink[] {open, save}) {
            l.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, javafx.event.Event::consume); // not a click on the card too
        }
        HBox links = new HBox(4, open, save);
        links.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(6, title, teaches, grow, links);
        text.getStyleClass().add("example-text");
        VBox.setVgrow(text, Priority.ALWAYS);

        VBox card = new VBox(frame, text);
        card.getStyleClass().add("example-card");
        card.setId("example:" + e.id());
        card.setPrefWidth(PICTURE_WIDTH);
        card.setMaxWidth(PICTURE_WIDTH);
        card.setFocusTraversable(true);
        card.setAccessibleText(e.title() + ": " + e.teaches());
        card.setOnMouseClicked(m -> {
            if (m.getButton() == MouseButton.PRIMARY) {
                actions.openExample(e);
            }
        });
        card.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER || k.getCode() == KeyCode.SPACE) {
                actions.openExample(e);
                k.consume();
            }
        });
        return card;
    }

    private void drawPictures() {
        ThemePalette.Theme t = theme.getValue();
        for (Example e : examples) {
            ImageView view = views.get(e.id());
            pictures.picture(e, t, image -> {
                if (theme.getValue() == t) {
                    view.setImage(image);
                }
            });
        }
    }

    /** True when every example's picture is shown (tests wait for it). */
    public boolean picturesShown() {
        return views.values().stream().allMatch(v -> v.getImage() != null);
    }

    /** The picture shown for an example, or null. */
    public Image pictureOf(String exampleId) {
        ImageView v = views.get(exampleId);
        return v == null ? null : v.getImage();
    }
}
