package stepwise.model.json;

/**
 * Where a piece of JSON stands in the document text: {@code start} inclusive, {@code end} exclusive
 * (UTF-16 offsets into the text), and the 1-based line and column of {@code start}.
 */
public record Span(int start, int end, int line, int column) {
    public static final Span NONE = new Span(0, 0, 1, 1);

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** True when {@code other} lies within this span. */
    public boolean encloses(Span other) {
        return other.start >= start && other.end <= end;
    }
}
