package stepwise.app.recovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import stepwise.app.WorkflowFiles;
import stepwise.model.Syntax;

/**
 * The recovery folder: where the autosave keeps the unsaved text of each open workflow until it is saved
 * or the window closes cleanly. Each running Stepwise holds a lock on a file of its own
 * ({@code ID.lock}) and names its recovery files after it ({@code ID-N.recovery.json}); files whose
 * owner's lock is free were left by a Stepwise that crashed or was killed, and are offered back at the
 * next start. Another Stepwise running at the same time keeps its files.
 *
 * <p>Every file is written atomically and readable only by the user. Thread-safe: the autosave writes
 * from its own thread.
 */
public final class RecoveryStore implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RecoveryStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SUFFIX = ".recovery.json";
    private static final String LOCK = ".lock";
    private static final int FORMAT = 1;

    private final Path folder;
    private final String instance;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final AtomicInteger slots = new AtomicInteger();

    private RecoveryStore(Path folder, String instance, FileChannel lockChannel, FileLock lock) {
        this.folder = folder;
        this.instance = instance;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Takes this run's place in {@code folder} (which should be private to the user: {@code UserFolders.recovery()}). */
    public static RecoveryStore open(Path folder) throws IOException {
        Files.createDirectories(folder);
        String instance = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path lockFile = folder.resolve(instance + LOCK);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            ownerOnly(lockFile);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IOException("cannot lock " + lockFile);
            }
            return new RecoveryStore(folder, instance, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(lockFile);
            throw e;
        }
    }

    public Path folder() {
        return folder;
    }

    /** A new place for one open workflow's autosave (a window gets one and keeps it). */
    public Path newSlot() {
        return folder.resolve(instance + "-" + slots.incrementAndGet() + SUFFIX);
    }

    /** Writes {@code work} to {@code slot} atomically. */
    public synchronized void write(Path slot, RecoveredWork work) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("format", FORMAT);
        o.put("file", work.file() == null ? null : work.file().toAbsolutePath().toString());
        o.put("syntax", work.syntax().name());
        o.put("savedAt", work.savedAt().toString());
        o.put("example", work.exampleId());
        o.put("text", work.text());
        WorkflowFiles.writeAtomically(slot, JSON.writeValueAsBytes(o));
        ownerOnly(slot);
    }

    /** Removes a slot's file (the work was saved, or closed on purpose). */
    public synchronized void delete(Path slot) {
        try {
            Files.deleteIfExists(slot);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete the recovery file " + slot, e);
        }
    }

    /**
     * The work left by runs of Stepwise that ended without closing cleanly, oldest first. Files that
     * cannot be read are logged and skipped (and kept, for someone to look at).
     */
    public synchronized List<RecoveredWork> leftBehind() {
        List<RecoveredWork> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                String owner = ownerOf(f);
                if (owner == null || owner.equals(instance) || isAlive(owner)) {
                    continue;
                }
                RecoveredWork w = read(f);
                if (w != null) {
                    found.add(w);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list the recovery folder " + folder, e);
        }
        found.sort(Comparator.comparing(RecoveredWork::savedAt));
        return found;
    }

    /** Forgets left-behind work: the user discarded it, or it now lives in a window of this run. */
    public synchronized void discard(RecoveredWork work) {
        if (work.recoveryFile() == null || ownerOf(work.recoveryFile()) == null || instance.equals(ownerOf(work.recoveryFile()))) {
            return;
        }
        delete(work.recoveryFile());
        removeStaleLocks();
    }

    /** Ends this run's place cleanly: its recovery files and its lock go. */
    @Override
    public synchronized void close() {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(instance + "-")).toList()) {
                delete(f);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list the recovery folder " + folder, e);
        }
        try {
            lock.release();
            lockChannel.close();
            Files.deleteIfExists(folder.resolve(instance + LOCK));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove the recovery lock", e);
        }
    }

    /** Lock files of ended runs that have no recovery file left. */
    private void removeStaleLocks() {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            for (Path l : all) {
                String name = l.getFileName().toString();
                if (!name.endsWith(LOCK)) {
                    continue;
                }
                String owner = name.substring(0, name.length() - LOCK.length());
                boolean hasWork = all.stream().anyMatch(p -> p.getFileName().toString().startsWith(owner + "-"));
                if (!owner.equals(instance) && !hasWork && !isAlive(owner)) {
                    Files.deleteIfExists(l);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot tidy the recovery folder", e);
        }
    }

    private static String ownerOf(Path recoveryFile) {
        String name = recoveryFile.getFileName().toString();
        int dash = name.indexOf('-');
        return dash > 0 && name.endsWith(SUFFIX) ? name.substring(0, dash) : null;
    }

    /** True while the run that owns {@code owner}'s lock file holds it. Never called for this run's own lock (see FileLock). */
    private boolean isAlive(String owner) {
        Path lockFile = folder.resolve(owner + LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = ch.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held in this very process (another store, in tests)
        } catch (IOException e) {
            return true; // cannot tell: leave its files alone
        }
    }

    static RecoveredWork read(Path f) {
        try {
            JsonNode o = JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
            JsonNode text = o.get("text");
            if (text == null || !text.isTextual()) {
                LOG.warning("ignoring the recovery file " + f + ": it holds no text");
                return null;
            }
            JsonNode file = o.get("file");
            JsonNode example = o.get("example");
            Syntax syntax = "YAML".equals(o.path("syntax").asText()) ? Syntax.YAML : Syntax.JSON;
            Instant savedAt;
            try {
                savedAt = Instant.parse(o.path("savedAt").asText());
            } catch (DateTimeParseException e) {
                savedAt = Files.getLastModifiedTime(f).toInstant();
            }
            return new RecoveredWork(f, file != null && file.isTextual() ? Path.of(file.textValue()) : null, syntax, savedAt,
                    example != null && example.isTextual() ? example.textValue() : null, text.textValue());
        } catch (IOException | InvalidPathException e) {
            LOG.log(Level.WARNING, "ignoring the recovery file " + f + ", which cannot be read", e);
            return null;
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
