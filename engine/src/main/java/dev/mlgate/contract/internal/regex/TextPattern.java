package dev.mlgate.contract.internal.regex;

import java.util.regex.Pattern;

/**
 * A regular expression that answers {@link java.util.regex.Matcher#find()} over a {@link CharSequence},
 * exactly as {@code Pattern.compile(regex).matcher(text).find()} answers it. A safe subset of the syntax
 * (literals, classes, {@code \d \w \s}, single-atom and group quantifiers, alternation, {@code ^}/{@code $}
 * at the ends) runs as a position automaton in linear time without a {@code Matcher}; anything else, and
 * any text with surrogate characters, is answered by {@link Pattern} itself.
 *
 * <p>Not thread-safe (it remembers the automaton's transitions as it meets them and reuses one
 * {@code Matcher}): one per scan thread, as the scan's accumulators are.
 */
public interface TextPattern {

    /** Whether some part of {@code text} matches, as {@code Matcher.find()} from the start says. */
    boolean find(CharSequence text);

    /** {@code regex} compiled; throws {@link java.util.regex.PatternSyntaxException} as {@code Pattern} does. */
    static TextPattern compile(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return RegexSubset.parse(regex)
                .flatMap(PositionAutomaton::of)
                .<TextPattern>map(automaton -> new AutomatonMatcher(automaton, pattern))
                .orElseGet(() -> new PatternMatcher(pattern));
    }

    /** The answer of {@link Pattern} itself, for what the subset does not cover. */
    final class PatternMatcher implements TextPattern {

        private final java.util.regex.Matcher matcher;

        PatternMatcher(Pattern pattern) {
            this.matcher = pattern.matcher("");
        }

        @Override
        public boolean find(CharSequence text) {
            return matcher.reset(text).find();
        }
    }
}
