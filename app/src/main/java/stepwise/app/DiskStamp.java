package stepwise.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** What a file on disk looked like when it was read or written: to notice when someone else changes it. */
record DiskStamp(long modifiedMillis, long size) {

    /** The file's stamp now, or null when it cannot be read (deleted, no permission). */
    static DiskStamp of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new DiskStamp(a.lastModifiedTime().toMillis(), a.size());
        } catch (IOException e) {
            return null;
        }
    }
}
