package dev.mlgate.contract.internal.regex;

import java.util.List;

/** A parsed expression of the subset {@link RegexSubset} accepts. */
sealed interface Node {

    /** One character of a class (a literal is a class of one). */
    record Chars(CharClass chars) implements Node {
    }

    /** The parts one after another; none is the empty expression. */
    record Sequence(List<Node> parts) implements Node {
    }

    /** Any one of the branches. */
    record Alternation(List<Node> branches) implements Node {
    }

    /** {@code node} from {@code min} to {@code max} times; {@code max} is {@link #UNBOUNDED} for no limit. */
    record Repeat(Node node, int min, int max) implements Node {

        static final int UNBOUNDED = -1;
    }

    /** Whether the node can match the empty text. */
    static boolean nullable(Node node) {
        if (node instanceof Chars) {
            return false;
        } else if (node instanceof Sequence sequence) {
            return sequence.parts().stream().allMatch(Node::nullable);
        } else if (node instanceof Alternation alternation) {
            return alternation.branches().stream().anyMatch(Node::nullable);
        }
        Repeat repeat = (Repeat) node;
        return repeat.min() == 0 || nullable(repeat.node());
    }
}
