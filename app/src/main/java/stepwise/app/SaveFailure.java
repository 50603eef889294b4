package stepwise.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a save failed, in the user's words: what happened, and what they can do. The unsaved text always
 * stays in the editor and the file on disk is unchanged, and the message says so.
 *
 * @param title  one line, e.g. "Could not save order.asl.json"
 * @param reason what went wrong, e.g. "order.asl.json is read-only."
 * @param advice what to do about it
 */
public record SaveFailure(String title, String reason, String advice) {
    /** Said of every failure: nothing was lost. */
    public static final String KEPT = "Your changes are still open in the editor, and the file on disk was not changed.";

    /** The whole message, as a dialog shows it. */
    public String message() {
        return reason + "\n\n" + advice + "\n\n" + KEPT;
    }

    public static SaveFailure of(Path file, Exception error) {
        String name = String.valueOf(file.getFileName());
        String title = "Could not save " + name;
        String saveElsewhere = "Use Save As\u2026 to save it under another name or in another folder.";
        String text = describe(error).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk quota") || text.contains("disk full")) {
            return new SaveFailure(title, "There is not enough space on the disk to save " + name + ".",
                    "Free some space on the disk and save again, or " + lowerFirst(saveElsewhere));
        }
        if (text.contains("read-only file system")) {
            return new SaveFailure(title, "The disk that holds " + name + " can only be read, not written.", saveElsewhere);
        }
        if (error instanceof AccessDeniedException denied) {
            Path where = denied.getFile() == null ? file : Path.of(denied.getFile());
            if (SafeSave.READ_ONLY_FILE.equals(denied.getReason())) {
                return new SaveFailure(title, name + " is read-only.",
                        saveElsewhere + " To save it here, make the file writable and save again.");
            }
            boolean onFile = where.getFileName() != null && where.getFileName().equals(file.getFileName());
            if (!onFile && !SafeSave.READ_ONLY_FOLDER.equals(denied.getReason()) && where.getParent() != null) {
                where = where.getParent(); // denied on the temporary file beside the target: the folder cannot be written
            }
            if (onFile) {
                return new SaveFailure(title, "You do not have permission to write " + name + ".", saveElsewhere);
            }
            return new SaveFailure(title, "You do not have permission to write in the folder " + where + ".", saveElsewhere);
        }
        if (error instanceof NoSuchFileException missing) {
            return new SaveFailure(title, "The folder " + (missing.getFile() == null ? file.getParent() : missing.getFile())
                    + " does not exist any more.", saveElsewhere);
        }
        return new SaveFailure(title, "The system reported: " + describe(error) + ".", saveElsewhere);
    }

    private static String describe(Exception e) {
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason();
            if (reason != null && !reason.isBlank()) {
                return reason;
            }
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e instanceof IOException ? "an input/output error" : e.getClass().getSimpleName();
        }
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
