package dev.mlgate.maven.internal;

/** A report file as found on disk: absent, present but unreadable, or read. */
public sealed interface Loaded<T> {

    /** The file does not exist. */
    record Absent<T>() implements Loaded<T> {
    }

    /** The file exists but could not be read or parsed; {@code why} says what went wrong. */
    record Unreadable<T>(String why) implements Loaded<T> {
    }

    /** The file's content. */
    record Present<T>(T value) implements Loaded<T> {
    }

    /** The content, or {@code null} unless present. */
    default T valueOrNull() {
        return this instanceof Present<T> present ? present.value() : null;
    }
}
