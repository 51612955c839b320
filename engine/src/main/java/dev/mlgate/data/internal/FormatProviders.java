package dev.mlgate.data.internal;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.spi.FormatProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the {@link FormatProvider} that reads a file, and refuses a Parquet file or part-file directory
 * when none is on the class path, saying which module to add.
 */
final class FormatProviders {

    /** How many leading bytes a provider is shown. */
    static final int HEAD = 16;
    static final String PARQUET_MODULE = "reading Parquet needs the mlgate-parquet module: add"
            + " dev.mlgate:mlgate-parquet as a test dependency";
    private static final byte[] PARQUET_MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private FormatProviders() {
    }

    /** The provider that reads {@code file}, if any. */
    static Optional<FormatProvider> find(Path file, byte[] head) {
        for (FormatProvider provider : load()) {
            if (provider.reads(file, head)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }

    /** Throws when {@code file} is Parquet, which only a provider reads; else returns. */
    static void refuseParquet(Path file, byte[] head) {
        if (extension(file).equals("parquet") || isDirectoryOfParquet(file)) {
            throw ArtifactException.of(file, "is Parquet; " + PARQUET_MODULE);
        }
        if (head.length >= PARQUET_MAGIC.length && Arrays.equals(head, 0, 4, PARQUET_MAGIC, 0, 4)) {
            throw ArtifactException.of(file, "is a Parquet file (it starts with PAR1); " + PARQUET_MODULE);
        }
    }

    /** Up to {@link #HEAD} first bytes of a regular file; empty for anything else or when unreadable. */
    static byte[] head(Path file) {
        if (!Files.isRegularFile(file)) {
            return new byte[0]; // a pipe must not be opened here; a directory has no bytes
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        } catch (IOException | SecurityException e) {
            return new byte[0]; // explained when the file is opened
        }
    }

    private static boolean isDirectoryOfParquet(Path file) {
        if (!Files.isDirectory(file)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(file, "*.{parquet,PARQUET}")) {
            return entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static List<FormatProvider> load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<FormatProvider> providers = new ArrayList<>();
        ServiceLoader.load(FormatProvider.class, loader != null ? loader : FormatProvider.class.getClassLoader())
                .forEach(providers::add);
        return providers;
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.substring(lower.lastIndexOf('.') + 1);
    }
}
