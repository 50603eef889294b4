package stepwise.model.edit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import stepwise.model.AslDocument;
import stepwise.model.json.Json;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonParser;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;
import stepwise.model.yaml.YamlReader;
import stepwise.model.yaml.YamlWriter;

/**
 * {@link TextPatcher} for YAML text. Block mappings and lists are edited line by line at their own
 * indentation; flow collections ({@code {a: 1}}, {@code [x, y]}) like JSON; scalars keep their quoting
 * where they can. Comments outside what changes stay where they are; a member or item removed takes
 * the comment lines right above it. A YAML file written as JSON is edited as JSON.
 */
final class YamlTextPatcher implements TextPatcher {
    private final AslDocument document;
    private final String text;
    private final YamlWriter writer;
    private final FlowCollections flow;
    private final JsonTextPatcher jsonLike;
    private Map<JsonValue, JsonValue> containers;
    private Map<JsonValue, Member> members;

    YamlTextPatcher(AslDocument document) {
        this.document = document;
        this.text = document.text();
        JsonValue root = document.root();
        boolean json = root instanceof JsonObject o && isFlow(o) && (o.size() == 0 || text.charAt(o.members().get(0).keySpan().start()) == '"');
        this.jsonLike = json ? new JsonTextPatcher(document) : null;
        this.writer = detectWriter();
        this.flow = new FlowCollections(text, new WriteStyle(writer.indent(), writer.newline(), ": ", ", ", true));
    }

    @Override
    public AslDocument document() {
        return document;
    }

    @Override
    public String write(JsonValue value, int depth) {
        if (jsonLike != null) {
            return jsonLike.write(value, depth);
        }
        String at = writer.indent().repeat(Math.max(0, depth));
        if (value instanceof JsonObject o && o.size() > 0 || value instanceof JsonArray a && a.size() > 0) {
            String body = writer.afterColon(value, at);
            return body.substring(writer.newline().length()).stripLeading();
        }
        return writer.flow(value);
    }

    // ---------------------------------------------------------------- values

    @Override
    public TextEdit replaceValue(JsonValue old, JsonValue replacement) {
        if (jsonLike != null) {
            return jsonLike.replaceValue(old, replacement);
        }
        JsonValue container = containerOf(old);
        int start = old.span().start();
        int end = old.span().end();
        if (container != null && isFlow(container)) {
            return new TextEdit(start, end, writer.flowEntry(replacement));
        }
        boolean blockNow = isBlock(old);
        boolean blockNext = replacement instanceof JsonObject o && o.size() > 0 || replacement instanceof JsonArray a && a.size() > 0;
        if (!blockNow && !blockNext) {
            String written = YamlWriter.scalar(replacement, false).equals("{}") ? "{}" : writer.flow(replacement);
            // An empty value (`Next:` at the end of a line) has an empty span right after the colon.
            if (start == end && start > 0 && text.charAt(start - 1) == ':') {
                written = " " + written;
            }
            return new TextEdit(start, end, written);
        }
        if (container == null) {
            String doc = writer.document(replacement);
            return new TextEdit(start, end, doc.substring(0, doc.length() - writer.newline().length()));
        }
        Member member = members().get(old);
        if (member != null) {
            int colon = colonAfter(member);
            return new TextEdit(colon, end, writer.afterColon(replacement, spaces(member.keySpan().start())));
        }
        String item = writer.item(replacement, spaces(dashOf(old)));
        return new TextEdit(start, end, item.substring(2));
    }

    @Override
    public TextEdit replaceString(JsonString old, String value) {
        if (jsonLike != null) {
            return jsonLike.replaceString(old, value);
        }
        JsonValue container = containerOf(old);
        boolean inFlow = container != null && isFlow(container);
        return new TextEdit(old.span().start(), old.span().end(), scalarLike(old.span().start(), value, inFlow));
    }

    /** {@code value} quoted the way the scalar at {@code at} is, when that quoting can hold it. */
    private String scalarLike(int at, String value, boolean inFlow) {
        char c = at < text.length() ? text.charAt(at) : ' ';
        if (c == '"') {
            return YamlWriter.quote(value);
        }
        if (c == '\'' && value.chars().noneMatch(ch -> ch < 0x20)) {
            return "'" + value.replace("'", "''") + "'";
        }
        return YamlWriter.string(value, inFlow);
    }

    @Override
    public TextEdit renameKey(Member member, String key) {
        if (jsonLike != null) {
            return jsonLike.renameKey(member, key);
        }
        JsonValue owner = ownerOf(member);
        return new TextEdit(member.keySpan().start(), member.keySpan().end(), scalarLike(member.keySpan().start(), key,
                owner != null && isFlow(owner)));
    }

    @Override
    public TextEdit replaceMember(Member member, String key, JsonValue value) {
        if (jsonLike != null) {
            return jsonLike.replaceMember(member, key, value);
        }
        JsonValue owner = ownerOf(member);
        int start = member.keySpan().start();
        int end = member.value().span().end();
        if (owner != null && isFlow(owner)) {
            return new TextEdit(start, end, YamlWriter.key(key, true) + ": " + writer.flowEntry(value));
        }
        return new TextEdit(start, end, writer.member(key, value, spaces(start)));
    }

    // ---------------------------------------------------------------- members

    @Override
    public TextEdit insertMembers(JsonObject object, int index, List<NewMember> newMembers) {
        if (jsonLike != null) {
            return jsonLike.insertMembers(object, index, newMembers);
        }
        if (isFlow(object)) {
            if (object.size() == 0 && containerOf(object) != null && !isFlow(containerOf(object))) {
                List<Member> all = new ArrayList<>();
                for (NewMember m : newMembers) {
                    all.add(Json.member(m.key(), m.value()));
                }
                return replaceValue(object, Json.object(all));
            }
            List<FlowCollections.Piece> pieces = new ArrayList<>();
            for (NewMember m : newMembers) {
                pieces.add((indent, inline) -> m.isCopy() && !multiLine(m.copiedText()) ? m.copiedText()
                        : YamlWriter.key(m.key(), true) + ": " + writer.flowEntry(m.value()));
            }
            List<Integer> starts = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            for (Member m : object.members()) {
                starts.add(m.keySpan().start());
                ends.add(m.value().span().end());
            }
            return flow.insert(object.span().start(), object.span().end(), starts, ends, index, pieces);
        }
        List<Member> list = object.members();
        String indent = spaces(list.get(0).keySpan().start());
        String nl = writer.newline();
        List<String> rendered = new ArrayList<>();
        for (NewMember m : newMembers) {
            rendered.add(m.isCopy() && m.copiedIndent() != null
                    ? TextLines.reindent(m.copiedText(), m.copiedIndent(), indent, nl)
                    : writer.member(m.key(), m.value(), indent));
        }
        if (index >= list.size()) {
            StringBuilder sb = new StringBuilder();
            for (String r : rendered) {
                sb.append(nl).append(indent).append(r);
            }
            return TextEdit.insert(TextLines.lineEnd(text, list.get(list.size() - 1).value().span().end()), sb.toString());
        }
        int keyStart = list.get(index).keySpan().start();
        StringBuilder sb = new StringBuilder();
        if (TextLines.startsLine(text, keyStart)) {
            int floor = index == 0 ? 0 : TextLines.nextLineStart(text, list.get(index - 1).value().span().end());
            for (String r : rendered) {
                sb.append(indent).append(r).append(nl);
            }
            return TextEdit.insert(commentsAbove(TextLines.lineStart(text, keyStart), floor), sb.toString());
        }
        for (String r : rendered) {
            sb.append(r).append(nl).append(indent);
        }
        return TextEdit.insert(keyStart, sb.toString());
    }

    @Override
    public List<TextEdit> removeMembers(JsonObject object, List<Member> removedMembers) {
        if (jsonLike != null) {
            return jsonLike.removeMembers(object, removedMembers);
        }
        List<Member> list = object.members();
        boolean[] removed = new boolean[list.size()];
        for (Member m : removedMembers) {
            removed[JsonTextPatcher.indexOf(list, m)] = true;
        }
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (Member m : list) {
            starts.add(m.keySpan().start());
            ends.add(m.value().span().end());
        }
        if (isFlow(object)) {
            return flow.remove(object.span().start(), object.span().end(), starts, ends, removed);
        }
        return removeBlock(object, starts, ends, removed, Json.object());
    }

    // ---------------------------------------------------------------- items

    @Override
    public TextEdit insertItem(JsonArray array, int index, JsonValue value) {
        if (jsonLike != null) {
            return jsonLike.insertItem(array, index, value);
        }
        if (isFlow(array)) {
            if (array.size() == 0 && containerOf(array) != null && !isFlow(containerOf(array))) {
                return replaceValue(array, Json.array(value));
            }
            List<Integer> starts = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            for (JsonValue v : array.items()) {
                starts.add(v.span().start());
                ends.add(v.span().end());
            }
            return flow.insert(array.span().start(), array.span().end(), starts, ends, index,
                    List.<FlowCollections.Piece>of((indent, inline) -> writer.flowEntry(value)));
        }
        List<JsonValue> items = array.items();
        String indent = spaces(dashOf(items.get(0)));
        String nl = writer.newline();
        String rendered = writer.item(value, indent);
        if (index >= items.size()) {
            return TextEdit.insert(TextLines.lineEnd(text, items.get(items.size() - 1).span().end()), nl + indent + rendered);
        }
        int dash = dashOf(items.get(index));
        if (TextLines.startsLine(text, dash)) {
            int floor = index == 0 ? 0 : TextLines.nextLineStart(text, items.get(index - 1).span().end());
            return TextEdit.insert(commentsAbove(TextLines.lineStart(text, dash), floor), indent + rendered + nl);
        }
        return TextEdit.insert(dash, rendered + nl + indent);
    }

    @Override
    public List<TextEdit> removeItems(JsonArray array, List<Integer> indexes) {
        if (jsonLike != null) {
            return jsonLike.removeItems(array, indexes);
        }
        boolean[] removed = new boolean[array.size()];
        for (int i : indexes) {
            removed[i] = true;
        }
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (JsonValue v : array.items()) {
            starts.add(isFlow(array) ? v.span().start() : dashOf(v));
            ends.add(v.span().end());
        }
        if (isFlow(array)) {
            return flow.remove(array.span().start(), array.span().end(), starts, ends, removed);
        }
        return removeBlock(array, starts, ends, removed, Json.array());
    }

    /** Removes entries of a block mapping or list, each with its lines and the comments right above it. */
    private List<TextEdit> removeBlock(JsonValue container, List<Integer> starts, List<Integer> ends, boolean[] removed, JsonValue empty) {
        int n = starts.size();
        boolean all = true;
        for (boolean r : removed) {
            all &= r;
        }
        List<TextEdit> edits = new ArrayList<>();
        if (all) {
            edits.add(replaceValue(container, empty));
            return edits;
        }
        int i = 0;
        while (i < n) {
            if (!removed[i]) {
                i++;
                continue;
            }
            int start = starts.get(i);
            if (!TextLines.startsLine(text, start)) {
                int j = i;
                while (j < n && removed[j]) {
                    j++;
                }
                if (j < n) {
                    edits.add(TextEdit.delete(start, starts.get(j)));
                    i = j;
                    continue;
                }
                // the rest of the entries go: from the end of the last kept one
                int lastKept = i - 1;
                edits.add(TextEdit.delete(TextLines.lineEnd(text, ends.get(lastKept)), TextLines.lineEnd(text, ends.get(n - 1))));
                break;
            }
            int floor = i == 0 ? 0 : TextLines.nextLineStart(text, ends.get(i - 1));
            int from = commentsAbove(TextLines.lineStart(text, start), floor);
            int to = TextLines.nextLineStart(text, ends.get(i));
            if (to >= text.length() && !text.endsWith("\n") && !text.endsWith("\r") && from > 0) {
                // the last line has no line break: take the one before it instead
                from = TextLines.lineEnd(text, ends.get(Math.max(0, i - 1)));
                to = text.length();
            }
            edits.add(TextEdit.delete(from, to));
            i++;
        }
        return edits;
    }

    // ---------------------------------------------------------------- copies

    @Override
    public NewMember copyMember(Member member, List<TextEdit> inside) throws EditException {
        if (jsonLike != null) {
            return jsonLike.copyMember(member, inside);
        }
        int start = member.keySpan().start();
        String copied = TextPatcher.applyWithin(text, start, member.value().span().end(), inside);
        JsonValue owner = ownerOf(member);
        boolean inFlow = owner != null && isFlow(owner);
        String indent = spaces(start);
        JsonParser.Result r = YamlReader.parse(inFlow ? "{" + copied + "}" : indent + copied);
        if (!r.ok() || !(r.root() instanceof JsonObject o) || o.size() != 1) {
            throw new EditException("The copied YAML of \"" + member.key() + "\" does not read back as one member");
        }
        Member m = o.members().get(0);
        return new NewMember(m.key(), m.value(), copied, inFlow ? null : indent);
    }

    // ---------------------------------------------------------------- where things are

    private boolean isFlow(JsonValue container) {
        int at = container.span().start();
        return at < text.length() && (text.charAt(at) == '{' || text.charAt(at) == '[');
    }

    private boolean isBlock(JsonValue value) {
        return (value instanceof JsonObject || value instanceof JsonArray) && !isFlow(value);
    }

    private static boolean multiLine(String s) {
        return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }

    /** Spaces as wide as the column of {@code offset} (YAML indents with spaces only). */
    private String spaces(int offset) {
        return " ".repeat(offset - TextLines.lineStart(text, offset));
    }

    /** The offset of the {@code -} that introduces a block list item. */
    private int dashOf(JsonValue item) {
        int i = item.span().start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '-' ? i : item.span().start();
    }

    /** The offset just after the {@code :} that follows a block member's key. */
    private int colonAfter(Member member) {
        int i = member.keySpan().end();
        while (i < text.length() && text.charAt(i) != ':') {
            i++;
        }
        return Math.min(i + 1, text.length());
    }

    /** Moves a line start up over the comment lines right above it, no higher than {@code floor}. */
    private int commentsAbove(int lineStart, int floor) {
        int at = lineStart;
        while (at > floor) {
            int prev = TextLines.lineStart(text, at - 1);
            if (prev < floor) {
                break;
            }
            int first = TextLines.skipBlanks(text, prev);
            if (first < text.length() && text.charAt(first) == '#') {
                at = prev;
            } else {
                break;
            }
        }
        return at;
    }

    private JsonValue containerOf(JsonValue value) {
        index();
        return containers.get(value);
    }

    private JsonValue ownerOf(Member member) {
        index();
        return containers.get(member.value());
    }

    private Map<JsonValue, Member> members() {
        index();
        return members;
    }

    private void index() {
        if (containers != null) {
            return;
        }
        containers = new IdentityHashMap<>();
        members = new IdentityHashMap<>();
        List<JsonValue> todo = new ArrayList<>();
        if (document.root() != null) {
            todo.add(document.root());
        }
        while (!todo.isEmpty()) {
            JsonValue v = todo.remove(todo.size() - 1);
            if (v instanceof JsonObject o) {
                for (Member m : o.members()) {
                    if (containers.putIfAbsent(m.value(), o) == null) {
                        members.put(m.value(), m);
                        todo.add(m.value());
                    }
                }
            } else if (v instanceof JsonArray a) {
                for (JsonValue item : a.items()) {
                    if (containers.putIfAbsent(item, a) == null) {
                        todo.add(item);
                    }
                }
            }
        }
    }

    /** The file's indentation unit and list style, read from its block mappings and lists. */
    private YamlWriter detectWriter() {
        String newline = document.style().newline();
        int unit = 0;
        Boolean indentSequences = null;
        List<JsonValue> todo = new ArrayList<>();
        if (document.root() != null) {
            todo.add(document.root());
        }
        int seen = 0;
        while (!todo.isEmpty() && seen++ < 2000 && (unit == 0 || indentSequences == null)) {
            JsonValue v = todo.remove(0);
            if (v instanceof JsonObject o && !isFlow(o)) {
                for (Member m : o.members()) {
                    int keyColumn = m.keySpan().start() - TextLines.lineStart(text, m.keySpan().start());
                    JsonValue child = m.value();
                    if (child instanceof JsonObject c && c.size() > 0 && !isFlow(c) && unit == 0) {
                        int childColumn = c.members().get(0).keySpan().start() - TextLines.lineStart(text, c.members().get(0).keySpan().start());
                        if (childColumn > keyColumn && TextLines.startsLine(text, c.members().get(0).keySpan().start())) {
                            unit = childColumn - keyColumn;
                        }
                    }
                    if (child instanceof JsonArray c && c.size() > 0 && !isFlow(c) && indentSequences == null) {
                        int dash = dashOf(c.get(0));
                        indentSequences = dash - TextLines.lineStart(text, dash) > keyColumn;
                    }
                    todo.add(child);
                }
            } else if (v instanceof JsonArray a && !isFlow(a)) {
                todo.addAll(a.items());
            }
        }
        return new YamlWriter(" ".repeat(unit == 0 ? 2 : unit), newline, indentSequences == null || indentSequences);
    }
}
