package dev.mlgate.contract.internal.regex;

/**
 * A character class after its {@code [}: an optional leading {@code ^}, then literals, escaped ASCII
 * punctuation, ranges between two of those, {@code \d \w \s} and their negations, and {@code -} first or
 * last. Nested classes, {@code &&} intersections, a {@code ^} or {@code -} anywhere else, an empty class
 * and ranges Java would reject are left to {@code Pattern}.
 */
final class ClassParser {

    private ClassParser() {
    }

    static CharClass parse(RegexSubset in) {
        boolean negated = in.peek(0) == '^';
        if (negated) {
            in.next();
        }
        if (in.peek(0) == ']') {
            throw RegexSubset.unsupported();
        }
        CharClass members = null;
        boolean first = true;
        while (in.peek(0) != ']') {
            CharClass item = item(in, first);
            members = members == null ? item : members.union(item);
            first = false;
        }
        in.next();
        return negated ? members.negate() : members;
    }

    private static CharClass item(RegexSubset in, boolean first) {
        char c = in.next();
        char from;
        switch (c) {
            case '\\' -> {
                char escaped = in.peek(0);
                if ("dDwWsS".indexOf(escaped) >= 0) {
                    return in.escape();
                }
                in.next();
                from = RegexSubset.escapedLiteral(escaped);
            }
            case '-' -> {
                if (first || in.peek(0) == ']') {
                    return CharClass.literal('-');
                }
                throw RegexSubset.unsupported();
            }
            case '[', '^', '&' -> throw RegexSubset.unsupported();
            default -> from = RegexSubset.plain(c);
        }
        if (in.peek(0) != '-' || in.peek(1) == ']') {
            return CharClass.literal(from);
        }
        in.next();
        char to = in.next();
        if (to == '\\') {
            to = RegexSubset.escapedLiteral(in.next());
        } else if ("[]^-&".indexOf(to) >= 0) {
            throw RegexSubset.unsupported();
        } else {
            to = RegexSubset.plain(to);
        }
        if (to < from) {
            throw RegexSubset.unsupported();
        }
        return CharClass.range(from, to);
    }
}
