/** The ASL document: lossless positioned parse, typed state machine, graph, validation and edit commands. */
module stepwise.model {
    requires com.dashjoin.jsonata;
    requires java.logging;
    requires org.snakeyaml.engine.v2;

    exports stepwise.model;
    exports stepwise.model.json;
    exports stepwise.model.asl;
    exports stepwise.model.graph;
    exports stepwise.model.edit;
    exports stepwise.model.sample;
    exports stepwise.model.sidecar;
    exports stepwise.model.intrinsic;
    exports stepwise.model.validate;
    exports stepwise.model.yaml;
}
