/** The Stepwise desktop window and command line. */
module stepwise.app {
    requires stepwise.model;
    requires stepwise.engine;
    requires stepwise.canvas;
    requires stepwise.assets;
    requires javafx.controls;
    requires org.fxmisc.richtext;
    requires org.fxmisc.flowless;
    requires reactfx;
    requires java.logging;
    requires java.prefs;

    exports stepwise.app;
    exports stepwise.app.bench;
    exports stepwise.app.editor;
}
