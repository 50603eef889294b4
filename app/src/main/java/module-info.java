/** The Stepwise desktop window and command line. */
module stepwise.app {
    requires transitive stepwise.model;
    requires stepwise.engine;
    requires transitive stepwise.canvas;
    requires stepwise.assets;
    requires transitive javafx.controls;
    requires org.fxmisc.richtext;
    requires org.fxmisc.flowless;
    requires reactfx;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.databind;
    requires io.github.javadiffutils;
    requires java.logging;
    requires transitive java.prefs;

    exports stepwise.app;
    exports stepwise.app.bench;
    exports stepwise.app.editor;
    exports stepwise.app.inspector;
    exports stepwise.app.run;
    exports stepwise.app.recovery;
    exports stepwise.app.start;
}
