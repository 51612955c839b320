package dev.mlgate.contract.internal;

/**
 * A 128-bit fingerprint of a row's fields: two 64-bit multiplicative hashes with different seeds and
 * multipliers (FNV-1a's prime, and the golden-ratio constant) over the fields' UTF-16 characters, each
 * finished with an avalanche step, with a separator and a null marker (values no character takes) so
 * that ("ab", "c"), ("a", "bc"), null and "" all differ. Sixteen bytes a row instead of the row itself;
 * two different rows would have to collide in 128 bits to be confused.
 */
record RowHash(long high, long low) {

    private static final long PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
    private static final int SEPARATOR = 0x10000;
    private static final int NULL_MARK = 0x10001;

    static RowHash of(String[] fields) {
        long a = 0xcbf29ce484222325L;
        long b = 0x84222325cbf29ce4L;
        for (String field : fields) {
            if (field == null) {
                a = mix(a, NULL_MARK, PRIME);
                b = mix(b, NULL_MARK, GOLDEN);
            } else {
                for (int i = 0; i < field.length(); i++) {
                    char value = field.charAt(i);
                    a = mix(a, value, PRIME);
                    b = mix(b, value, GOLDEN);
                }
            }
            a = mix(a, SEPARATOR, PRIME);
            b = mix(b, SEPARATOR, GOLDEN);
        }
        return new RowHash(finish(a), finish(b));
    }

    private static long mix(long hash, int value, long multiplier) {
        return (hash ^ value) * multiplier;
    }

    /** A final avalanche (from SplitMix64's finaliser), so nearby inputs spread over all bits. */
    private static long finish(long hash) {
        long z = hash;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
