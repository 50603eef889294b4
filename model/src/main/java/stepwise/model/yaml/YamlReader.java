package stepwise.model.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import stepwise.model.Diagnostic;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonBoolean;
import stepwise.model.json.JsonNull;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonParser;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.LineIndex;
import stepwise.model.json.Member;
import stepwise.model.json.Span;

/**
 * Reads YAML (block or flow style) into the same positioned tree as {@link JsonParser}: every value's
 * span points into the YAML text, so that commands can patch the YAML in place. Plain scalars are
 * typed by the YAML 1.2 core schema (true, 12, 1.5, null, ~); quoted and block scalars and unknown tags
 * ({@code !Ref}) are strings. Like the JSON parser it never throws: a YAML error becomes a
 * {@link Diagnostic} at its line and column, and what was read before it is returned.
 *
 * <p>The events come from snakeyaml-engine; this class builds the tree from them with an explicit
 * stack, so that deep nesting cannot overflow the call stack.
 */
public final class YamlReader {
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCT = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private final String text;
    private final LineIndex lines;
    private final int[] offsetOfCodePoint;
    private final int maxDepth;
    private final List<Frame> stack = new ArrayList<>();
    private final Map<String, JsonValue> anchors = new HashMap<>();
    private JsonValue root;
    private Diagnostic error;
    private int documents;

    private YamlReader(String text, int maxDepth) {
        this.text = text;
        this.lines = LineIndex.of(text);
        this.offsetOfCodePoint = codePointOffsets(text);
        this.maxDepth = maxDepth;
    }

    public static JsonParser.Result parse(String text) {
        return parse(text, JsonParser.Limits.DEFAULT.maxDepth());
    }

    public static JsonParser.Result parse(String text, int maxDepth) {
        YamlReader r = new YamlReader(text, maxDepth);
        JsonValue root = r.run();
        return new JsonParser.Result(root, r.error == null ? List.of() : List.of(r.error), r.lines);
    }

    private abstract static sealed class Frame permits MapFrame, SeqFrame {
        final int start;
        final boolean flow;
        final String anchor;

        Frame(int start, boolean flow, String anchor) {
            this.start = start;
            this.flow = flow;
            this.anchor = anchor;
        }
    }

    private static final class MapFrame extends Frame {
        final List<Member> members = new ArrayList<>();
        String key;
        Span keySpan;

        MapFrame(int start, boolean flow, String anchor) {
            super(start, flow, anchor);
        }
    }

    private static final class SeqFrame extends Frame {
        final List<JsonValue> items = new ArrayList<>();

        SeqFrame(int start, boolean flow, String anchor) {
            super(start, flow, anchor);
        }
    }

    private JsonValue run() {
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(1000).setLabel("document").build();
        try {
            for (Event e : new Parse(settings).parseString(text)) {
                if (!accept(e)) {
                    break;
                }
            }
        } catch (MarkedYamlEngineException e) {
            int at = e.getProblemMark().map(this::offset).orElse(text.length());
            String context = e.getContext() == null || e.getContext().isBlank() ? "" : " (" + e.getContext().trim() + ")";
            fail(at, "YAML: " + sentence(e.getProblem()) + context);
        } catch (YamlEngineException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            fail(text.length(), "YAML: " + sentence(e.getMessage()));
        }
        if (error == null && root == null && documents == 0) {
            fail(0, text.isEmpty() ? "The document is empty: a workflow is an object with StartAt and States"
                    : "The document holds no YAML value: a workflow is an object with StartAt and States");
        }
        if (error == null) {
            return root;
        }
        JsonValue partial = root;
        int end = text.length();
        for (int i = stack.size() - 1; i >= 0; i--) {
            Frame f = stack.get(i);
            if (f instanceof MapFrame m) {
                if (partial != null && m.key != null) {
                    m.members.add(new Member(m.key, m.keySpan, partial, span(m.keySpan.start(), partial.span().end())));
                }
                partial = new JsonObject(span(f.start, Math.max(f.start, end)), m.members);
            } else {
                SeqFrame s = (SeqFrame) f;
                if (partial != null) {
                    s.items.add(partial);
                }
                partial = new JsonArray(span(f.start, Math.max(f.start, end)), s.items);
            }
        }
        return partial;
    }

    /** Takes one event; false to stop. */
    private boolean accept(Event e) {
        switch (e.getEventId()) {
            case DocumentStart -> {
                documents++;
                if (documents > 1) {
                    fail(offset(e.getStartMark()), "A workflow file holds one YAML document, but a second one starts here");
                    return false;
                }
            }
            case MappingStart -> {
                if (!open(e)) {
                    return false;
                }
                MappingStartEvent m = (MappingStartEvent) e;
                stack.add(new MapFrame(offset(e.getStartMark()), m.isFlow(), anchor(m)));
            }
            case SequenceStart -> {
                if (!open(e)) {
                    return false;
                }
                SequenceStartEvent s = (SequenceStartEvent) e;
                stack.add(new SeqFrame(offset(e.getStartMark()), s.isFlow(), anchor(s)));
            }
            case MappingEnd, SequenceEnd -> {
                Frame f = stack.remove(stack.size() - 1);
                JsonValue closed;
                if (f instanceof MapFrame m) {
                    int end = f.flow ? offset(e.getEndMark()) : lastEnd(m.members.isEmpty() ? null : m.members.get(m.members.size() - 1).value(), f.start);
                    closed = new JsonObject(span(f.start, end), m.members);
                } else {
                    SeqFrame s = (SeqFrame) f;
                    int end = f.flow ? offset(e.getEndMark()) : lastEnd(s.items.isEmpty() ? null : s.items.get(s.items.size() - 1), f.start);
                    closed = new JsonArray(span(f.start, end), s.items);
                }
                if (f.anchor != null) {
                    anchors.put(f.anchor, closed);
                }
                return value(closed);
            }
            case Scalar -> {
                ScalarEvent s = (ScalarEvent) e;
                int start = offset(e.getStartMark());
                int end = trimEnd(start, offset(e.getEndMark()));
                if (!stack.isEmpty() && stack.get(stack.size() - 1) instanceof MapFrame m && m.key == null) {
                    m.key = s.getValue();
                    m.keySpan = span(start, end);
                    return true;
                }
                JsonValue v = scalar(s, span(start, end));
                anchor(s).ifPresent(a -> anchors.put(a, v));
                return value(v);
            }
            case Alias -> {
                AliasEvent a = (AliasEvent) e;
                String name = a.getAlias().getValue();
                JsonValue v = anchors.get(name);
                int start = offset(e.getStartMark());
                if (v == null) {
                    fail(start, "YAML: the alias *" + name + " names no anchor defined before it");
                    return false;
                }
                if (!stack.isEmpty() && stack.get(stack.size() - 1) instanceof MapFrame m && m.key == null) {
                    fail(start, "YAML: an alias cannot stand as a key in a workflow");
                    return false;
                }
                return value(v);
            }
            default -> {
                // stream and document ends, comments
            }
        }
        return true;
    }

    private static Optional<String> anchor(NodeEvent e) {
        return e.getAnchor().map(a -> a.getValue());
    }

    private static String anchorOrNull(NodeEvent e) {
        return e.getAnchor().map(a -> a.getValue()).orElse(null);
    }

    private String anchor(MappingStartEvent e) {
        return anchorOrNull(e);
    }

    private String anchor(SequenceStartEvent e) {
        return anchorOrNull(e);
    }

    private boolean open(Event e) {
        if (!stack.isEmpty() && stack.get(stack.size() - 1) instanceof MapFrame m && m.key == null) {
            fail(offset(e.getStartMark()), "YAML: a key must be a plain value, not a mapping or a list");
            return false;
        }
        if (stack.size() >= maxDepth) {
            fail(offset(e.getStartMark()), "Nesting deeper than " + maxDepth + " levels (the limit on nested objects and arrays)");
            return false;
        }
        return true;
    }

    /** Attaches a finished value to its parent; false to stop. */
    private boolean value(JsonValue v) {
        if (stack.isEmpty()) {
            root = v;
            return true;
        }
        Frame top = stack.get(stack.size() - 1);
        if (top instanceof MapFrame m) {
            m.members.add(new Member(m.key, m.keySpan, v, span(m.keySpan.start(), Math.max(m.keySpan.start(), v.span().end()))));
            m.key = null;
            m.keySpan = null;
        } else {
            ((SeqFrame) top).items.add(v);
        }
        return true;
    }

    private JsonValue scalar(ScalarEvent s, Span span) {
        String value = s.getValue();
        String tag = s.getTag().orElse(null);
        boolean plain = s.getScalarStyle() == ScalarStyle.PLAIN;
        if (tag != null && !tag.equals("!")) {
            return switch (tag) {
                case "tag:yaml.org,2002:null" -> new JsonNull(span);
                case "tag:yaml.org,2002:bool" -> typed(value, span, new JsonString(span, value));
                case "tag:yaml.org,2002:int", "tag:yaml.org,2002:float" -> typed(value, span, new JsonString(span, value));
                default -> new JsonString(span, value);
            };
        }
        if (!plain) {
            return new JsonString(span, value);
        }
        return typed(value, span, new JsonString(span, value));
    }

    /** The core-schema reading of a plain scalar, or {@code otherwise}. */
    private static JsonValue typed(String value, Span span, JsonValue otherwise) {
        switch (value) {
            case "", "~", "null", "Null", "NULL" -> {
                return new JsonNull(span);
            }
            case "true", "True", "TRUE" -> {
                return new JsonBoolean(span, true);
            }
            case "false", "False", "FALSE" -> {
                return new JsonBoolean(span, false);
            }
            default -> {
            }
        }
        if (INT.matcher(value).matches()) {
            String digits = value.startsWith("+") ? value.substring(1) : value;
            return new JsonNumber(span, new java.math.BigInteger(digits).toString());
        }
        if (OCT.matcher(value).matches()) {
            return new JsonNumber(span, new java.math.BigInteger(value.substring(2), 8).toString());
        }
        if (HEX.matcher(value).matches()) {
            return new JsonNumber(span, new java.math.BigInteger(value.substring(2), 16).toString());
        }
        if (FLOAT.matcher(value).matches()) {
            return new JsonNumber(span, new java.math.BigDecimal(value.startsWith("+") ? value.substring(1) : value).toString());
        }
        return otherwise;
    }

    // ---------------------------------------------------------------- positions

    /** UTF-16 offsets of code points when the text has surrogate pairs (snakeyaml counts code points), else null. */
    private static int[] codePointOffsets(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                surrogates = true;
                break;
            }
        }
        if (!surrogates) {
            return null;
        }
        int[] out = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            out[cp++] = i;
        }
        out[cp] = text.length();
        return out;
    }

    private int offset(Optional<Mark> mark) {
        return mark.map(this::offset).orElse(text.length());
    }

    private int offset(Mark mark) {
        int index = mark.getIndex();
        if (offsetOfCodePoint != null) {
            return offsetOfCodePoint[Math.max(0, Math.min(index, offsetOfCodePoint.length - 1))];
        }
        return Math.max(0, Math.min(index, text.length()));
    }

    /** Block scalars end after their line breaks; a value's span ends at its last visible character. */
    private int trimEnd(int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static int lastEnd(JsonValue last, int start) {
        return last == null ? start : Math.max(start, last.span().end());
    }

    private Span span(int start, int end) {
        return lines.span(start, Math.max(start, end));
    }

    private void fail(int at, String message) {
        if (error != null) {
            return;
        }
        int start = Math.max(0, Math.min(at, text.length()));
        error = Diagnostic.error(JsonParser.CODE, message, "", lines.span(start, Math.min(start + 1, text.length())));
    }

    private static String sentence(String s) {
        if (s == null || s.isBlank()) {
            return "the text is not valid YAML";
        }
        String t = s.trim();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).trim();
    }
}
