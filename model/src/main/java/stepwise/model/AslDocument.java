package stepwise.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import stepwise.model.asl.StateMachine;
import stepwise.model.edit.TextEdit;
import stepwise.model.graph.WorkflowGraph;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonParser;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;
import stepwise.model.json.LineIndex;
import stepwise.model.json.Member;
import stepwise.model.json.Span;

/**
 * An open workflow: the text of the file and its positioned parse. This is the one source of truth;
 * the typed view ({@link #machine()}) and the graph ({@link #graph()}) are projections of it, computed
 * on first use. Instances are immutable and safe to share between threads; an edit makes a new one.
 */
public final class AslDocument {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String text;
    private final Syntax syntax;
    private final JsonValue root;
    private final LineIndex lines;
    private final List<Diagnostic> syntaxDiagnostics;
    private final boolean bom;
    private final byte[] originalBytes;
    private volatile StateMachine machine;
    private volatile WorkflowGraph graph;
    private volatile TextStyle style;

    private AslDocument(String text, Syntax syntax, boolean bom, byte[] originalBytes, List<Diagnostic> encodingDiagnostics) {
        this.text = text;
        this.syntax = syntax;
        this.bom = bom;
        this.originalBytes = originalBytes;
        JsonParser.Result parsed = SyntaxReaders.read(text, syntax);
        this.root = parsed.root();
        this.lines = parsed.lines();
        List<Diagnostic> diagnostics = new ArrayList<>(encodingDiagnostics);
        diagnostics.addAll(parsed.diagnostics());
        if (root != null && !(root instanceof JsonObject) && parsed.diagnostics().isEmpty()) {
            diagnostics.add(Diagnostic.error("NOT_AN_OBJECT", "A workflow is a JSON object with StartAt and States, but this document is "
                    + article(root.typeName()), "", root.span()));
        }
        this.syntaxDiagnostics = List.copyOf(diagnostics);
    }

    private static String article(String typeName) {
        return (typeName.startsWith("a") || typeName.startsWith("o") ? "an " : "a ") + typeName;
    }

    /** A JSON document from text. */
    public static AslDocument of(String text) {
        return of(text, Syntax.JSON);
    }

    public static AslDocument of(String text, Syntax syntax) {
        return new AslDocument(text, syntax, false, null, List.of());
    }

    /**
     * Reads a file's bytes: UTF-8 with or without a byte-order mark. Bytes that are not UTF-8 are
     * reported at their position and shown as U+FFFD; until the text is edited, {@link #encode()}
     * gives back exactly the bytes read.
     */
    public static AslDocument decode(byte[] bytes, Syntax syntax) {
        boolean bom = bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
        int offset = bom ? 3 : 0;
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text;
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            text = strict.decode(in).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            int badByte = firstMalformedByte(bytes, offset);
            String before = new String(bytes, offset, Math.max(0, badByte - offset), StandardCharsets.UTF_8);
            LineIndex li = LineIndex.of(text);
            int at = before.length();
            diagnostics.add(Diagnostic.error("ENCODING", "The file is not valid UTF-8: byte " + badByte + " (0x"
                    + String.format("%02X", bytes[badByte] & 0xff) + ") starts an invalid sequence; it is shown as \uFFFD",
                    "", li.span(Math.min(at, text.length()), Math.min(at + 1, text.length()))));
        }
        return new AslDocument(text, syntax, bom, bytes.clone(), diagnostics);
    }

    private static int firstMalformedByte(byte[] bytes, int offset) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = d.decode(in, out, true);
        return result.isError() ? in.position() : offset;
    }

    /** The same document with other text (same syntax and encoding). */
    public AslDocument withText(String newText) {
        if (newText.equals(text)) {
            return this;
        }
        return new AslDocument(newText, syntax, bom, originalBytes != null && newText.equals(decodedOriginal()) ? originalBytes : null,
                List.of());
    }

    private String decodedOriginal() {
        int offset = bom ? 3 : 0;
        return new String(originalBytes, offset, originalBytes.length - offset, StandardCharsets.UTF_8);
    }

    /** The document after applying {@code edits} (all against this text). */
    public AslDocument apply(List<TextEdit> edits) {
        return edits.isEmpty() ? this : withText(TextEdit.apply(text, edits));
    }

    /** The bytes to save: the bytes read when the text is unchanged, otherwise UTF-8 (with the BOM the file had). */
    public byte[] encode() {
        if (originalBytes != null) {
            return originalBytes.clone();
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] out = Arrays.copyOf(UTF8_BOM, 3 + body.length);
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    public String text() {
        return text;
    }

    public Syntax syntax() {
        return syntax;
    }

    public boolean hasBom() {
        return bom;
    }

    public LineIndex lines() {
        return lines;
    }

    /** The parsed root (possibly partial after a syntax error), or null when nothing could be read. */
    public JsonValue root() {
        return root;
    }

    /** The root when it is an object, else null. */
    public JsonObject rootObject() {
        return root instanceof JsonObject o ? o : null;
    }

    /** Encoding and syntax errors (the validator adds the rest). */
    public List<Diagnostic> syntaxDiagnostics() {
        return syntaxDiagnostics;
    }

    public boolean hasSyntaxErrors() {
        return !syntaxDiagnostics.isEmpty();
    }

    /** The typed view of the workflow, or null when the root is not an object. */
    public StateMachine machine() {
        StateMachine m = machine;
        if (m == null && root instanceof JsonObject o) {
            m = StateMachine.read(o, JsonPointer.ROOT);
            machine = m;
        }
        return m;
    }

    /** The workflow as a graph, or null when the root is not an object. */
    public WorkflowGraph graph() {
        WorkflowGraph g = graph;
        if (g == null && machine() != null) {
            g = WorkflowGraph.of(machine());
            graph = g;
        }
        return g;
    }

    /** How the file is indented and broken into lines. */
    public TextStyle style() {
        TextStyle s = style;
        if (s == null) {
            s = TextStyle.detect(text);
            style = s;
        }
        return s;
    }

    /** The value at {@code pointer}, or null. */
    public JsonValue at(JsonPointer pointer) {
        return root == null ? null : pointer.resolve(root);
    }

    /** The pointer of the innermost value whose span holds {@code offset} (keys count as their member's value). */
    public JsonPointer pointerAt(int offset) {
        JsonPointer p = JsonPointer.ROOT;
        JsonValue current = root;
        if (current == null || !current.span().contains(offset)) {
            return current == null ? null : JsonPointer.ROOT;
        }
        while (true) {
            if (current instanceof JsonObject o) {
                Member hit = null;
                for (Member m : o.members()) {
                    if (m.span().contains(offset) || m.keySpan().contains(offset)) {
                        hit = m;
                        break;
                    }
                }
                if (hit == null) {
                    return p;
                }
                p = p.append(hit.key());
                current = hit.value();
            } else if (current instanceof JsonArray a) {
                int index = -1;
                for (int i = 0; i < a.size(); i++) {
                    if (a.get(i).span().contains(offset)) {
                        index = i;
                        break;
                    }
                }
                if (index < 0) {
                    return p;
                }
                p = p.append(index);
                current = a.get(index);
            } else {
                return p;
            }
        }
    }

    /** A span at 1-based {@code line} and {@code column}, for messages about places without a value. */
    public Span spanAt(int line, int column) {
        int offset = lines.offset(line, column);
        return lines.span(offset, Math.min(offset + 1, text.length()));
    }
}
