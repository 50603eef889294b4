package stepwise.engine.replay;

/** A history file that cannot be read, with a message that says where and why (no stack trace for users). */
public final class HistoryFormatException extends Exception {
    public HistoryFormatException(String message) {
        super(message, null, false, false);
    }
}
