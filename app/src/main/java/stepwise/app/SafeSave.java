package stepwise.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Saving a workflow so that nothing can be lost: the new bytes go to a temporary file beside the target,
 * are forced to disk, and only then replace the file in one rename; the version replaced is kept as
 * {@code NAME~} beside it (one backup, the previous version, in the tradition of Emacs and gedit;
 * GNOME's file manager and file choosers hide such files). A failure at any point leaves the file on
 * disk as it was. A file the user may not write is refused rather than replaced, even where the folder
 * would allow the rename. The saved file keeps the permissions it had; a new one gets the system's
 * default permissions for new files.
 */
public final class SafeSave {
    /** How the new bytes reach the temporary file: tests replace it to make a disk fill up. */
    @FunctionalInterface
    interface Writer {
        void write(FileChannel channel, byte[] bytes) throws IOException;
    }

    static final String READ_ONLY_FILE = "the file is read-only";
    static final String READ_ONLY_FOLDER = "the folder is read-only";

    private final Writer writer;

    public SafeSave() {
        this(SafeSave::writeFully);
    }

    SafeSave(Writer writer) {
        this.writer = writer;
    }

    /** The backup of {@code file}: {@code order.asl.json~} beside {@code order.asl.json}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + "~");
    }

    /**
     * Writes {@code bytes} as {@code file}, keeping the version it replaces in {@link #backupOf}. A file
     * that is a symbolic link is written where the link points.
     *
     * @return the file written (the link's target for a link)
     * @throws IOException when the file is read-only or a folder, the folder is missing or not writable, or
     *                     the disk is full; the file on disk is then unchanged
     */
    public Path save(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        boolean exists = Files.exists(target);
        if (exists) {
            target = target.toRealPath();
            if (Files.isDirectory(target)) {
                throw new IOException(target + " is a folder, not a file.");
            }
            if (readOnly(target)) {
                throw new AccessDeniedException(target.toString(), null, READ_ONLY_FILE);
            }
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "the folder does not exist");
        }
        if (readOnly(dir)) {
            throw new AccessDeniedException(dir.toString(), null, READ_ONLY_FOLDER);
        }
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writer.write(ch, bytes);
                ch.force(true);
            }
            if (exists) {
                keepPermissions(target, tmp);
                backUp(target, bytes);
            }
            move(tmp, target);
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Copies the file about to be replaced to its backup, unless it holds what is being saved already. */
    private static void backUp(Path target, byte[] bytes) throws IOException {
        if (Arrays.equals(Files.readAllBytes(target), bytes)) {
            return; // saving the same bytes again: the backup keeps the version before them
        }
        Path backup = backupOf(target);
        Path tmp = backup.resolveSibling("." + backup.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                + ".tmp");
        try {
            Files.copy(target, tmp, StandardCopyOption.COPY_ATTRIBUTES);
            move(tmp, backup);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * True when the user may not write {@code p}, or has marked it read-only: an owner without the write
     * permission counts as read-only even where the system would let them write (as it lets root),
     * as editors such as Vim do.
     */
    static boolean readOnly(Path p) throws IOException {
        if (!Files.isWritable(p)) {
            return true;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            String me = System.getProperty("user.name");
            if (Files.getOwner(p).getName().equals(me)) {
                return !Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            }
        }
        return false;
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeFully(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }
}
