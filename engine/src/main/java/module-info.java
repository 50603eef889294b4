/** A deterministic ASL interpreter on a virtual clock, with AWS-shaped execution history. */
module stepwise.engine {
    requires transitive stepwise.model;
    requires transitive com.fasterxml.jackson.databind;
    requires json.path;
    requires com.dashjoin.jsonata;
    requires java.net.http;
    requires java.logging;

    exports stepwise.engine;
    exports stepwise.engine.replay;
}
