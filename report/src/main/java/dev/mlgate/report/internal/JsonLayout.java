package dev.mlgate.report.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/**
 * How every report file lays out JSON (two-space indents, "\n" line ends), in jackson-core alone: the
 * pending promotion.json written when a run starts uses it without jackson-databind, whose start-up
 * (hundreds of classes) would otherwise delay the first check; {@link Json} builds its writers on it.
 */
final class JsonLayout {

    /** A factory for streaming generators, without an object mapper. */
    static final JsonFactory FACTORY = new JsonFactory();

    private JsonLayout() {
    }

    /** The pretty printer of every report file; a template, so generators take {@code createInstance()}. */
    static DefaultPrettyPrinter prettyPrinter() {
        return new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }
}
