package dev.mlgate.contract.internal.regex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code find()} by a position automaton: one pass over the text keeping the set of positions that the
 * characters read so far can end on, a new match allowed to start at every character (only the first when
 * anchored at the start). Linear in the text, no backtracking. ASCII text runs on the remembered
 * transitions of a {@link LazyDfa}; other characters step the sets themselves. Text with a surrogate
 * character goes to {@code Pattern}, which reads supplementary code points as one character.
 */
final class AutomatonMatcher implements TextPattern {

    private final PositionAutomaton automaton;
    private final LazyDfa dfa;
    private final Pattern pattern;
    private final int start;
    private int[] table;
    private byte[] flags;
    private Matcher matcher;

    AutomatonMatcher(PositionAutomaton automaton, Pattern pattern) {
        this.automaton = automaton;
        this.dfa = new LazyDfa(automaton);
        this.pattern = pattern;
        this.start = dfa.number(automaton.anchoredStart() ? LazyDfa.START : 0);
        this.table = dfa.table();
        this.flags = dfa.flags();
    }

    @Override
    public boolean find(CharSequence text) {
        if (automaton.nullable() && endsHere(text, 0)) {
            return true;
        }
        boolean anchoredStart = automaton.anchoredStart();
        int length = text.length();
        int state = start;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return bySets(text, i, dfa.set(state));
            }
            int target = table[state << 7 | c];
            if (target == LazyDfa.UNKNOWN) {
                target = dfa.learn(state, c);
                table = dfa.table();
                flags = dfa.flags();
                if (target == LazyDfa.UNKNOWN) {
                    return bySets(text, i, dfa.set(state));
                }
            }
            state = target;
            byte flag = flags[state];
            if ((flag & LazyDfa.ENDS) != 0 && endsHere(text, i + 1) || matchesEmptyAt(text, i + 1)) {
                return true;
            }
            if ((flag & LazyDfa.EMPTY) != 0 && anchoredStart) {
                return false;
            }
        }
        return false;
    }

    /** The rest of {@link #find} from {@code from}, stepping the position sets themselves. */
    private boolean bySets(CharSequence text, int from, long before) {
        long reached = before;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return byPattern(text);
            }
            reached = dfa.step(reached, c);
            if ((reached & automaton.last()) != 0 && endsHere(text, i + 1) || matchesEmptyAt(text, i + 1)) {
                return true;
            }
            if (reached == 0 && automaton.anchoredStart()) {
                return false;
            }
        }
        return false;
    }

    private boolean matchesEmptyAt(CharSequence text, int index) {
        return automaton.nullable() && !automaton.anchoredStart() && endsHere(text, index);
    }

    /** Whether a match may end at {@code index}: anywhere, or where {@code $} (without MULTILINE) holds. */
    private boolean endsHere(CharSequence text, int index) {
        if (!automaton.anchoredEnd()) {
            return true;
        }
        int length = text.length();
        if (index == length) {
            return true;
        } else if (index == length - 1) {
            char c = text.charAt(index);
            if (c == '\n') {
                return index == 0 || text.charAt(index - 1) != '\r';
            }
            return c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }
        return index == length - 2 && text.charAt(index) == '\r' && text.charAt(index + 1) == '\n';
    }

    private boolean byPattern(CharSequence text) {
        if (matcher == null) {
            matcher = pattern.matcher("");
        }
        return matcher.reset(text).find();
    }
}
