package stepwise.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import stepwise.model.AslDocument;
import stepwise.model.Syntax;

/** Reading and writing workflow files. Saving is atomic: a crash mid-save never leaves half a file. */
public final class WorkflowFiles {
    private WorkflowFiles() {
    }

    /** The largest file the window opens: a workflow is a few hundred kilobytes; AWS accepts one megabyte. */
    public static final long MAX_OPEN_BYTES = 16L * 1024 * 1024;

    /**
     * Reads a workflow file for the window.
     * @throws IOException with a message for the user when the file is missing, a folder, unreadable or too large
     */
    public static AslDocument read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("The file " + file + " does not exist.");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a workflow file.");
        }
        if (!Files.isReadable(file)) {
            throw new IOException("You do not have permission to read " + file + ".");
        }
        long size = Files.size(file);
        if (size > MAX_OPEN_BYTES) {
            throw new IOException(String.format(java.util.Locale.ROOT,
                    "%s is %.1f MB; Stepwise opens workflow files up to %d MB (AWS accepts definitions up to 1 MB).",
                    file.getFileName(), size / 1048576.0, MAX_OPEN_BYTES / 1048576));
        }
        return AslDocument.decode(Files.readAllBytes(file), syntaxOf(file));
    }

    /** YAML for {@code .asl.yaml}, {@code .asl.yml}, {@code .yaml} and {@code .yml}; JSON otherwise. */
    public static Syntax syntaxOf(Path file) {
        return Syntax.forFileName(file.getFileName().toString());
    }

    /** Writes {@code bytes} to a temporary file beside {@code file}, forces it to disk, then renames it over {@code file}. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
