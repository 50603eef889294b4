package stepwise.model.edit;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonParser;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/** {@link TextPatcher} for JSON text. */
final class JsonTextPatcher implements TextPatcher {
    private final AslDocument document;
    private final String text;
    private final WriteStyle style;
    private final JsonWriter writer;
    private final FlowCollections flow;

    JsonTextPatcher(AslDocument document) {
        this.document = document;
        this.text = document.text();
        this.style = WriteStyle.of(document);
        this.writer = new JsonWriter(style);
        this.flow = new FlowCollections(text, style);
    }

    @Override
    public AslDocument document() {
        return document;
    }

    @Override
    public String write(JsonValue value, int depth) {
        return writer.write(value, depth);
    }

    @Override
    public TextEdit replaceValue(JsonValue old, JsonValue replacement) {
        int start = old.span().start();
        int end = old.span().end();
        return new TextEdit(start, end, render(replacement, TextLines.indentOf(text, start), inlineAt(end) || oneLine(old)));
    }

    @Override
    public TextEdit renameKey(Member member, String key) {
        return new TextEdit(member.keySpan().start(), member.keySpan().end(), JsonWriter.quote(key));
    }

    @Override
    public TextEdit replaceMember(Member member, String key, JsonValue value) {
        int start = member.keySpan().start();
        int end = member.value().span().end();
        String separator = text.substring(member.keySpan().end(), member.value().span().start());
        return new TextEdit(start, end, JsonWriter.quote(key) + separator
                + render(value, TextLines.indentOf(text, start), inlineAt(end) || oneLine(member.value())));
    }

    @Override
    public TextEdit insertMembers(JsonObject object, int index, List<NewMember> members) {
        List<FlowCollections.Piece> pieces = new ArrayList<>(members.size());
        for (NewMember m : members) {
            pieces.add((indent, inline) -> member(m, indent, inline));
        }
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (Member m : object.members()) {
            starts.add(m.keySpan().start());
            ends.add(m.value().span().end());
        }
        return flow.insert(object.span().start(), object.span().end(), starts, ends, index, pieces);
    }

    @Override
    public List<TextEdit> removeMembers(JsonObject object, List<Member> members) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (Member m : object.members()) {
            starts.add(m.keySpan().start());
            ends.add(m.value().span().end());
        }
        boolean[] removed = new boolean[object.size()];
        for (Member m : members) {
            removed[indexOf(object.members(), m)] = true;
        }
        return flow.remove(object.span().start(), object.span().end(), starts, ends, removed);
    }

    @Override
    public TextEdit insertItem(JsonArray array, int index, JsonValue value) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (JsonValue v : array.items()) {
            starts.add(v.span().start());
            ends.add(v.span().end());
        }
        boolean likeSiblings = !array.items().isEmpty() && array.items().stream().allMatch(this::oneLine);
        return flow.insert(array.span().start(), array.span().end(), starts, ends, index,
                List.<FlowCollections.Piece>of((indent, inline) -> render(value, indent, inline || likeSiblings)));
    }

    @Override
    public List<TextEdit> removeItems(JsonArray array, List<Integer> indexes) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (JsonValue v : array.items()) {
            starts.add(v.span().start());
            ends.add(v.span().end());
        }
        boolean[] removed = new boolean[array.size()];
        for (int i : indexes) {
            if (i < 0 || i >= array.size()) {
                throw new IllegalArgumentException("no item " + i);
            }
            removed[i] = true;
        }
        return flow.remove(array.span().start(), array.span().end(), starts, ends, removed);
    }

    @Override
    public NewMember copyMember(Member member, List<TextEdit> inside) throws EditException {
        int start = member.keySpan().start();
        String copied = TextPatcher.applyWithin(text, start, member.value().span().end(), inside);
        JsonParser.Result r = JsonParser.parse("{" + copied + "}");
        if (!r.ok() || !(r.root() instanceof JsonObject o) || o.size() != 1) {
            throw new EditException("The copied JSON of \"" + member.key() + "\" does not read back as one member");
        }
        Member m = o.members().get(0);
        return new NewMember(m.key(), m.value(), copied, TextLines.startsLine(text, start) ? TextLines.indentOf(text, start) : null);
    }

    private String member(NewMember m, String indent, boolean inline) {
        if (m.isCopy()) {
            boolean multiLine = TextLines.breaksBetween(m.copiedText(), 0, m.copiedText().length());
            if (!multiLine) {
                return m.copiedText();
            }
            if (!inline && m.copiedIndent() != null) {
                return TextLines.reindent(m.copiedText(), m.copiedIndent(), indent, style.newline());
            }
        }
        return JsonWriter.quote(m.key()) + style.colon() + render(m.value(), indent, inline);
    }

    private String render(JsonValue value, String indent, boolean inline) {
        return inline ? writer.writeInline(value) : writer.write(value, indent);
    }

    /**
     * True for a non-empty object or array written on one line: what replaces it, or joins it as a
     * sibling, is written on one line too.
     */
    private boolean oneLine(JsonValue v) {
        boolean container = v instanceof JsonObject o && o.size() > 0 || v instanceof JsonArray a && a.size() > 0;
        return container && !TextLines.breaksBetween(text, v.span().start(), v.span().end());
    }

    /** True when the value ending at {@code end} shares its line with what follows (a one-line object or array). */
    private boolean inlineAt(int end) {
        if (style.compact()) {
            return true;
        }
        int i = TextLines.skipBlanks(text, end);
        if (i < text.length() && text.charAt(i) == ',') {
            i = TextLines.skipBlanks(text, i + 1);
        }
        return i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r';
    }

    static <T> int indexOf(List<T> list, T item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a member of this object: " + item);
    }
}
