package stepwise.engine.interpreter;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import stepwise.engine.HistoryEvent;

/**
 * The recorded history: appended by the execution's thread only, read from any thread. Events live in
 * fixed-size chunks that never move, and the count is published after the event is stored, so a
 * reader's view is a consistent prefix without locks or copying.
 */
final class EventLog {
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private volatile HistoryEvent[][] chunks = new HistoryEvent[4][];
    private volatile int size;

    void add(HistoryEvent e) {
        int n = size;
        int c = n >>> CHUNK_BITS;
        HistoryEvent[][] cs = chunks;
        if (c >= cs.length) {
            cs = Arrays.copyOf(cs, cs.length * 2);
            chunks = cs;
        }
        if (cs[c] == null) {
            cs[c] = new HistoryEvent[CHUNK];
        }
        cs[c][n & (CHUNK - 1)] = e;
        size = n + 1;
    }

    int size() {
        return size;
    }

    HistoryEvent get(int i) {
        return chunks[i >>> CHUNK_BITS][i & (CHUNK - 1)];
    }

    /** An immutable view of the first {@code size()} events at the time of the call. */
    List<HistoryEvent> snapshot() {
        int n = size;
        HistoryEvent[][] cs = chunks;
        return new Snapshot(cs, n);
    }

    private static final class Snapshot extends AbstractList<HistoryEvent> implements RandomAccess {
        private final HistoryEvent[][] chunks;
        private final int size;

        Snapshot(HistoryEvent[][] chunks, int size) {
            this.chunks = chunks;
            this.size = size;
        }

        @Override
        public HistoryEvent get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return chunks[index >>> CHUNK_BITS][index & (CHUNK - 1)];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
