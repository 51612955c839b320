package dev.mlgate.data.internal;

import dev.mlgate.data.ArtifactException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Refuses what is not a regular file before it is opened: opening a named pipe blocks until a writer
 * appears (forever, in a test run), and a device or socket is not a data set.
 */
final class FileKinds {

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKinds() {
    }

    /** Throws an {@link ArtifactException} naming the file and what it is unless it is a regular file. */
    static void requireRegular(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return; // a missing or unreadable file is explained when it is opened
        }
        if (attributes.isDirectory()) {
            throw ArtifactException.of(file, "is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw ArtifactException.of(file, "is " + special(file) + ", not a regular file; mlgate reads data only"
                    + " from regular files");
        }
    }

    private static String special(Path file) {
        try {
            int type = ((Integer) Files.getAttribute(file, "unix:mode")) & TYPE_MASK;
            return switch (type) {
                case FIFO -> "a named pipe (FIFO), which would block until a writer opens it";
                case CHARACTER_DEVICE -> "a character device";
                case BLOCK_DEVICE -> "a block device";
                case SOCKET -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file"; // no unix attributes on this file system
        }
    }
}
