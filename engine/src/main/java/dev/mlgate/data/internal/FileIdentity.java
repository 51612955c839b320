package dev.mlgate.data.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What identifies one version of a file: its size, last-modified time and file key (the inode, where the
 * platform has one). Taken before and after a scan, it tells a file that was rewritten, appended to or
 * replaced while being read, whose rows and SHA-256 would then belong to neither version.
 */
record FileIdentity(long size, FileTime modified, Object key) {

    /** The identity of {@code file} now, or null when its attributes cannot be read. */
    static FileIdentity of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileIdentity(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
        } catch (IOException e) {
            return null;
        }
    }

    /** What differs between this identity (before) and {@code after}, in words; empty when nothing does. */
    String differenceTo(FileIdentity after) {
        if (after == null) {
            return "it disappeared";
        }
        List<String> changes = new ArrayList<>();
        if (key != null && !Objects.equals(key, after.key)) {
            changes.add("it was replaced by another file");
        }
        if (size != after.size) {
            changes.add("its size went from " + size + " to " + after.size + " bytes");
        }
        if (!modified.equals(after.modified)) {
            changes.add("it was modified at " + after.modified);
        }
        return String.join(", ", changes);
    }
}
