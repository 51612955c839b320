package dev.mlgate.contract.internal.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link TextPattern} answers {@code find()} exactly as {@code java.util.regex} does, fast or not. */
class TextPatternTest {

    /** Texts that probe anchors, terminators, non-ASCII and supplementary characters. */
    private static final List<String> PROBES = List.of("", "a", "12345", "12345-6789", "12345\n", "12345\r\n",
            "12345\r", "12345\n\n", "12345\u2028", "x12345", "(555) 123-4567", "+1 555-123-4567", "a.b@c.de",
            "customer.1@mail.example.org", "a@b", "a @b", "AB-123", "\u00e9t\u00e9@example.com", "\ud83d\ude00@x.io",
            "x\ud83d", "\ude00", "a\nb", "@@", "AB-12\u0085");

    @Nested
    class Agreeing_with_java_util_regex {

        @Test
        void on_thousands_of_seeded_random_patterns_of_the_subset_and_random_texts() {
            int patterns = 0;
            int automata = 0;
            List<String> disagreements = new ArrayList<>();
            for (long seed = 0; seed < 4000; seed++) {
                RandomRegexes random = new RandomRegexes(seed);
                String regex = random.pattern();
                Pattern pattern;
                try {
                    pattern = Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    continue;
                }
                patterns++;
                TextPattern compiled = TextPattern.compile(regex);
                automata += compiled instanceof AutomatonMatcher ? 1 : 0;
                for (int i = 0; i < 40; i++) {
                    String text = random.text();
                    if (compiled.find(text) != pattern.matcher(text).find()) {
                        disagreements.add(regex + " on " + text.chars().mapToObj(Integer::toHexString).toList());
                    }
                }
            }
            assertThat(disagreements).isEmpty();
            // The comparison means something only if most patterns ran as automata.
            assertThat(automata).isGreaterThan(patterns * 3 / 4);
        }

        @ParameterizedTest
        @ValueSource(strings = {"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$",
            "^(\\+1 \\d{3}-|\\(\\d{3}\\) )\\d{3}-\\d{4}$", "^\\d{5}(-\\d{4})?$", "^[^@\\s]+@[^@\\s]+$",
            "^[A-Z]{2}-\\d{3}$", "^AB-\\d$", "^XY-\\d$", "\\[at\\]", "^g@", "^[a-c]", "a", "b", "$", "^", "^$", "",
            "\\d*", "(\\d|-)+$", "[^\\w]", ".$"})
        void on_the_patterns_of_the_readme_the_examples_and_the_benchmarks(String regex) {
            TextPattern compiled = TextPattern.compile(regex);

            assertThat(compiled).isInstanceOf(AutomatonMatcher.class);
            for (String text : PROBES) {
                assertThat(compiled.find(text)).as("%s on %s", regex, text)
                        .isEqualTo(Pattern.compile(regex).matcher(text).find());
            }
        }

        @Test
        void where_dollar_allows_one_final_line_terminator_as_java_does() {
            TextPattern zip = TextPattern.compile("^\\d{5}$");

            assertThat(zip.find("12345\n")).isTrue();
            assertThat(zip.find("12345\r\n")).isTrue();
            assertThat(zip.find("12345\n\n")).isFalse();
        }

        @Test
        void when_a_pattern_meets_more_position_sets_than_are_remembered() {
            String regex = "(a|b)*a(a|b){7}c";
            TextPattern compiled = TextPattern.compile(regex);
            SplittableRandom random = new SplittableRandom(7);

            for (int i = 0; i < 300; i++) {
                StringBuilder text = new StringBuilder();
                for (int length = random.nextInt(60); length > 0; length--) {
                    text.append("abc".charAt(random.nextInt(3)));
                }
                assertThat(compiled.find(text)).as(text.toString())
                        .isEqualTo(Pattern.compile(regex).matcher(text).find());
            }
        }
    }

    @Nested
    class Leaving_to_java_util_regex {

        @ParameterizedTest
        @ValueSource(strings = {"(?i)abc", "(a)\\1", "a(?=b)", "a*?b", "a++b", "[a&&[b]]", "\\p{L}+", "(a*)*b",
            "\\Qa.b\\E", "a{1000}", "\\ud83d\\ude00", "\ud83d\ude00", "\\t", "a|^b", "[]a]"})
        void what_the_subset_does_not_cover(String regex) {
            TextPattern compiled = TextPattern.compile(regex);

            assertThat(compiled).isInstanceOf(TextPattern.PatternMatcher.class);
            for (String text : List.of("abc", "ABC", "aab", "a.b", "\ud83d\ude00", "\t", "b", "]a", "")) {
                assertThat(compiled.find(text)).isEqualTo(Pattern.compile(regex).matcher(text).find());
            }
        }

        @Test
        void and_rejecting_what_it_rejects() {
            assertThatThrownBy(() -> TextPattern.compile("a{2")).isInstanceOf(PatternSyntaxException.class);
        }
    }
}
