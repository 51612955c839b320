package dev.mlgate.contract.internal;

/** Comparisons of java.time values of one type, where either side may be absent. */
final class Temporals {

    private Temporals() {
    }

    /** Whether {@code a} comes before {@code b}; false when either is null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static boolean before(Object a, Object b) {
        return a != null && b != null && ((Comparable) a).compareTo(b) < 0;
    }
}
