package stepwise.canvas.gesture;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import stepwise.canvas.WorkflowCanvas;
import stepwise.canvas.layout.Box;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.graph.GraphNode;

/**
 * Drag from a state's port (the dot under it) to another state of its machine to connect them. When
 * only one kind of transition fits it is made at once; when several do (a Task's Next or a Catch, a
 * Choice's new rule or its Default) a small menu asks. Either way it is one command.
 */
public final class ConnectGesture implements MouseGesture {
    private final CanvasContext ctx;
    private final GraphNode from;
    private final ConnectionLine line;

    ConnectGesture(CanvasContext ctx, GraphNode from) {
        this.ctx = ctx;
        this.from = from;
        Box b = ctx.canvas().getLayout().state(from.id()).box();
        this.line = new ConnectionLine(ctx.canvas(), from.scopeId(), from.id(), b.centerX(), b.maxY());
    }

    /** The port of a state: where transitions are dragged from. */
    static Point2D port(Box b) {
        return new Point2D(b.centerX(), b.maxY());
    }

    @Override
    public void dragged(MouseEvent e) {
        Point2D p = ctx.toDrawing(e);
        line.moveTo(p.getX(), p.getY());
    }

    @Override
    public void released(MouseEvent e) {
        dragged(e);
        GraphNode to = line.target();
        line.remove();
        WorkflowCanvas canvas = ctx.canvas();
        if (to == null) {
            Point2D p = ctx.toDrawing(e);
            var under = canvas.getLayout().stateAt(p.getX(), p.getY());
            if (under != null && !under.id().equals(from.id())) {
                canvas.showNotice("A transition stays within its branch: " + from.name() + " can only go to states beside it");
            }
            return;
        }
        QueryLanguage language = canvas.getSession() == null || canvas.getSession().document().machine() == null ? null
                : canvas.getSession().document().machine().queryLanguage();
        List<ConnectionKinds.Connection> kinds = ConnectionKinds.between(from, to, language);
        if (kinds.isEmpty()) {
            canvas.showNotice(from.name() + " already goes to " + to.name());
            return;
        }
        if (kinds.size() == 1) {
            canvas.commands().execute(kinds.get(0).command());
            return;
        }
        menu(canvas, to, kinds).show(canvas, e.getScreenX(), e.getScreenY());
    }

    @Override
    public void cancel() {
        line.remove();
    }

    /** The menu that asks which kind of transition to make. */
    static ContextMenu menu(WorkflowCanvas canvas, GraphNode to, List<ConnectionKinds.Connection> kinds) {
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("connect-menu");
        menu.setOnShown(e -> canvas.themePopup(menu));
        Label title = new Label("Connect to " + to.name());
        title.getStyleClass().add("menu-title");
        CustomMenuItem header = new CustomMenuItem(title, false);
        header.setDisable(true);
        menu.getItems().addAll(header, new SeparatorMenuItem());
        for (ConnectionKinds.Connection c : kinds) {
            Label name = new Label(c.label());
            name.getStyleClass().add("kind");
            Label detail = new Label(c.detail());
            detail.getStyleClass().add("detail");
            MenuItem item = new CustomMenuItem(new VBox(1, name, detail));
            item.getStyleClass().add("connect-kind");
            item.setId("connect-" + c.label().toLowerCase(Locale.ROOT).replace(' ', '-'));
            item.setOnAction(a -> canvas.commands().execute(c.command()));
            menu.getItems().add(item);
        }
        return menu;
    }
}
