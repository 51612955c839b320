package dev.mlgate.data;

/**
 * Receives every data row of a scan, in file order.
 *
 * <p>A visitor that finds a bad value throws {@link Row#error(int, String)}; the scan stops and the
 * exception reaches the caller of {@link RowSource#scan(RowVisitor)}.
 */
@FunctionalInterface
public interface RowVisitor {

    /** Visits one row; {@code row} is reused for the next row, so copy what must be kept. */
    void visit(Row row);
}
