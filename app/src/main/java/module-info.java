/** The Stepwise desktop window and command line. */
module stepwise.app {
    requires stepwise.model;
    requires stepwise.engine;
    requires stepwise.canvas;
    requires stepwise.assets;
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.databind;
    requires java.logging;
    requires java.prefs;

    exports stepwise.app;
    exports stepwise.app.bench;
    exports stepwise.app.run;
}
