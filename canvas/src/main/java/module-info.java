/** The JavaFX graph view and editor of a workflow, its layout, export and execution overlay. */
module stepwise.canvas {
    requires transitive stepwise.model;
    requires transitive stepwise.engine;
    requires stepwise.assets;
    requires transitive javafx.controls;
    requires org.eclipse.elk.core;
    requires org.eclipse.elk.graph;
    requires org.eclipse.elk.alg.layered;
    requires org.eclipse.emf.common;
    requires transitive java.desktop;
    requires java.logging;

    exports stepwise.canvas;
    exports stepwise.canvas.layout;
    exports stepwise.canvas.diagram;
    exports stepwise.canvas.export;
    exports stepwise.canvas.view;
    exports stepwise.canvas.gesture;
}
