package stepwise.model;

import stepwise.model.json.JsonParser;
import stepwise.model.yaml.YamlReader;

/** Chooses the reader for a document's syntax. Every reader yields the same positioned JSON tree. */
final class SyntaxReaders {
    private SyntaxReaders() {
    }

    static JsonParser.Result read(String text, Syntax syntax) {
        return switch (syntax) {
            case JSON -> JsonParser.parse(text);
            case YAML -> YamlReader.parse(text);
        };
    }
}
