package dev.mlgate.assertions.error;

import org.assertj.core.error.BasicErrorMessageFactory;

/**
 * The base of mlgate's message factories: AssertJ's {@code String.format}-style messages whose arguments are
 * already rendered text, inserted as they are (AssertJ would quote a {@code String} argument).
 */
public abstract class MlErrorMessageFactory extends BasicErrorMessageFactory {

    /**
     * @param format the message, with {@code %s} for each argument and {@code %n} for line breaks
     * @param arguments the rendered arguments
     */
    protected MlErrorMessageFactory(String format, String... arguments) {
        super(format, unquoted(arguments));
    }

    private static Object[] unquoted(String... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = unquotedString(arguments[i]);
        }
        return texts;
    }
}
