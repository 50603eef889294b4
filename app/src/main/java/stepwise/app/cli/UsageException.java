package stepwise.app.cli;

/** The command line was not understood; the message says what is wrong. Exit code 2. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message, null, false, false);
    }
}
