package dev.mlgate.engine.internal;

import dev.mlgate.engine.internal.check.ExplainedFailure;
import java.util.function.Function;
import org.junit.platform.engine.ConfigurationParameters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${name}} and {@code ${name:-default}} in declared paths, from configuration
 * parameters first (which include {@code -D} system properties and junit-platform.properties), then
 * environment variables. Nothing about an environment is hard-coded in a suite. Public so the report
 * module resolves {@code mlgate.report.dir} exactly as the engine resolves artifact paths.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)(?::-([^}]*))?}");

    private final Function<String, String> configuration;
    private final Function<String, String> environment;

    Placeholders(Function<String, String> configuration, Function<String, String> environment) {
        this.configuration = configuration;
        this.environment = environment;
    }

    /** Placeholders resolved from {@code parameters}, then from the process environment. */
    public static Placeholders of(ConfigurationParameters parameters) {
        return new Placeholders(name -> parameters.get(name).orElse(null), System::getenv);
    }

    /**
     * Returns {@code text} with every placeholder replaced; {@code where} names the declaration the text
     * comes from, such as {@code @DataContract(data)}, for messages.
     *
     * @throws UnresolvedPlaceholderException naming the first placeholder that names no parameter, or has
     *     neither a value nor a default
     */
    public String resolve(String text, String where) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).trim();
            if (name.isEmpty()) {
                // A blank key would reach JUnit's ConfigurationParameters, which rejects it without context.
                throw new UnresolvedPlaceholderException("Placeholder " + matcher.group() + " in '" + text + "' of "
                        + where + " names no parameter; write ${name} or ${name:-default}");
            }
            String value = lookup(name);
            if (value == null) {
                value = matcher.group(2);
            }
            if (value == null) {
                throw new UnresolvedPlaceholderException("Cannot resolve placeholder ${" + name + "} in '" + text
                        + "' of " + where + ": set the configuration parameter '" + name + "' (junit-platform.properties"
                        + " or -D" + name + "=...) or the environment variable '" + name + "', or write ${" + name
                        + ":-default}");
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    private String lookup(String name) {
        String value = configuration.apply(name);
        return value != null ? value : environment.apply(name);
    }

    /**
     * A placeholder that names no parameter, or that no configuration parameter, environment variable or
     * default resolves.
     */
    public static final class UnresolvedPlaceholderException extends RuntimeException implements ExplainedFailure {

        private static final long serialVersionUID = 1L;

        UnresolvedPlaceholderException(String message) {
            super(message);
        }
    }
}
