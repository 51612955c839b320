package dev.mlgate.contract.internal.regex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses the subset of {@code java.util.regex} syntax whose {@code find()} answer a position automaton
 * gives exactly: literals (ASCII punctuation escaped), {@code .}, classes with ranges and negation,
 * {@code \d \w \s \D \W \S}, groups with alternation, the greedy quantifiers {@code ? * + {n} {n,} {n,m}}
 * on anything that cannot match empty, {@code ^} first and {@code $} last in a pattern without top-level
 * alternation. Anything else (flags, lookaround, back references, lazy or possessive quantifiers, class
 * unions, other escapes, supplementary characters) yields empty, and {@code Pattern} answers instead.
 */
final class RegexSubset {

    /** The parsed expression and whether it is anchored at the start and at the end. */
    record Parsed(Node node, boolean anchoredStart, boolean anchoredEnd) {
    }

    /** Thrown inside the parser for what the subset leaves to {@code Pattern}. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final int MAX_COUNT = 64;

    private final String regex;
    private int at;
    private int depth;
    private boolean anchoredEnd;

    private RegexSubset(String regex) {
        this.regex = regex;
    }

    static Optional<Parsed> parse(String regex) {
        RegexSubset parser = new RegexSubset(regex);
        try {
            boolean anchoredStart = regex.startsWith("^");
            parser.at = anchoredStart ? 1 : 0;
            Node node = parser.alternation();
            if (parser.at != regex.length()) {
                return Optional.empty();
            }
            boolean branched = node instanceof Node.Alternation;
            if (branched && (anchoredStart || parser.anchoredEnd)) {
                return Optional.empty();
            }
            return Optional.of(new Parsed(node, anchoredStart, parser.anchoredEnd));
        } catch (Unsupported | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private Node alternation() {
        List<Node> branches = new ArrayList<>();
        branches.add(sequence());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        return branches.size() == 1 ? branches.get(0) : new Node.Alternation(List.copyOf(branches));
    }

    private Node sequence() {
        List<Node> parts = new ArrayList<>();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            if (regex.charAt(at) == '$' && depth == 0 && at == regex.length() - 1) {
                anchoredEnd = true;
                at++;
                break;
            }
            parts.add(quantified(atom()));
        }
        return parts.size() == 1 ? parts.get(0) : new Node.Sequence(List.copyOf(parts));
    }

    private Node atom() {
        char c = regex.charAt(at++);
        switch (c) {
            case '(' -> {
                if (regex.charAt(at) == '?') {
                    throw new Unsupported();
                }
                depth++;
                Node inner = alternation();
                expect(')');
                depth--;
                return inner;
            }
            case '[' -> {
                return new Node.Chars(ClassParser.parse(this));
            }
            case '.' -> {
                return new Node.Chars(CharClass.DOT);
            }
            case '\\' -> {
                return new Node.Chars(escape());
            }
            case '^', '$', ')', '|', '*', '+', '?', '{', '}', ']' -> throw new Unsupported();
            default -> {
                return new Node.Chars(CharClass.literal(plain(c)));
            }
        }
    }

    private Node quantified(Node atom) {
        if (at >= regex.length()) {
            return atom;
        }
        int min;
        int max;
        switch (regex.charAt(at)) {
            case '?' -> { min = 0; max = 1; at++; }
            case '*' -> { min = 0; max = Node.Repeat.UNBOUNDED; at++; }
            case '+' -> { min = 1; max = Node.Repeat.UNBOUNDED; at++; }
            case '{' -> {
                at++;
                min = number();
                max = min;
                if (regex.charAt(at) == ',') {
                    at++;
                    max = regex.charAt(at) == '}' ? Node.Repeat.UNBOUNDED : number();
                }
                expect('}');
                if (max != Node.Repeat.UNBOUNDED && max < min) {
                    throw new Unsupported();
                }
            }
            default -> {
                return atom;
            }
        }
        // Lazy and possessive forms, stacked quantifiers, and loops over what can match empty (where
        // Pattern's zero-length-iteration rules apply) stay with Pattern.
        if (at < regex.length() && "?*+{".indexOf(regex.charAt(at)) >= 0 || Node.nullable(atom)) {
            throw new Unsupported();
        }
        return new Node.Repeat(atom, min, max);
    }

    private int number() {
        int start = at;
        while (at < regex.length() && at - start < 3 && Character.isDigit(regex.charAt(at)) && regex.charAt(at) < 128) {
            at++;
        }
        if (at == start) {
            throw new Unsupported();
        }
        int value = Integer.parseInt(regex, start, at, 10);
        if (value > MAX_COUNT) {
            throw new Unsupported();
        }
        return value;
    }

    /** After a backslash: {@code \d \w \s} and their negations, or escaped ASCII punctuation. */
    CharClass escape() {
        char c = regex.charAt(at++);
        return switch (c) {
            case 'd' -> CharClass.DIGIT;
            case 'D' -> CharClass.DIGIT.negate();
            case 'w' -> CharClass.WORD;
            case 'W' -> CharClass.WORD.negate();
            case 's' -> CharClass.SPACE;
            case 'S' -> CharClass.SPACE.negate();
            default -> CharClass.literal(escapedLiteral(c));
        };
    }

    /** The character a backslash makes literal: ASCII punctuation only (letters and digits mean more). */
    static char escapedLiteral(char c) {
        if (c < 128 && !Character.isLetterOrDigit(c) && c > ' ') {
            return c;
        }
        throw new Unsupported();
    }

    /** A character that stands for itself; supplementary halves are left to Pattern, which reads code points. */
    static char plain(char c) {
        if (Character.isSurrogate(c)) {
            throw new Unsupported();
        }
        return c;
    }

    static Unsupported unsupported() {
        return new Unsupported();
    }

    char next() {
        return regex.charAt(at++);
    }

    char peek(int ahead) {
        return regex.charAt(at + ahead);
    }

    void expect(char c) {
        if (regex.charAt(at++) != c) {
            throw new Unsupported();
        }
    }
}
