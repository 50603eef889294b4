package stepwise.model.edit;

/** A command that cannot be carried out on this document; the message says why in the user's words. */
public final class EditException extends Exception {
    public EditException(String message) {
        super(message, null, false, false);
    }
}
