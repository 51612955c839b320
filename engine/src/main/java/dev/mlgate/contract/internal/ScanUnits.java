package dev.mlgate.contract.internal;

import dev.mlgate.contract.internal.RowMetrics.RowAccumulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a {@link ContractScan} into {@link ScanUnit}s over batches, and lays out which fields a batch
 * keeps: those of the columns read, of the row metrics and of the table.
 */
final class ScanUnits {

    /** Per header position, the slot of its text in a batch, or -1. */
    final int[] slotOf;
    /** Per slot, its header position. */
    final int[] slotColumns;
    final List<ScanUnit> units = new ArrayList<>();

    ScanUnits(ContractScan scan) {
        slotOf = new int[scan.header.size()];
        Arrays.fill(slotOf, -1);
        List<Integer> slots = new ArrayList<>();
        for (int index : scan.fieldIndexes) {
            slot(index, slots);
        }
        for (int[] indexes : scan.rowIndexes) {
            Arrays.stream(indexes).forEach(index -> slot(index, slots));
        }
        if (scan.table != null) {
            Arrays.stream(scan.table.positions()).forEach(index -> slot(index, slots));
        }
        slotColumns = slots.stream().mapToInt(Integer::intValue).toArray();
        int width = scan.fieldIndexes.length;
        for (int c = 0; c < width; c++) {
            column(scan, c);
        }
        rules(scan, width);
        for (int k = 0; k < scan.rowAccumulators.length; k++) {
            RowAccumulator accumulator = scan.rowAccumulators[k];
            Batch.View view = Batch.view();
            units.add(new ScanUnit(width + 1 + k, 2 + scan.rowIndexes[k].length,
                    (batch, r) -> accumulator.accept(view.at(batch, r))));
        }
        if (scan.table != null) {
            Batch.View view = Batch.view();
            units.add(new ScanUnit(width + 1 + scan.rowAccumulators.length, 2 * scan.table.positions().length,
                    (batch, r) -> scan.table.visit(view.at(batch, r))));
        }
    }

    private void slot(int index, List<Integer> slots) {
        if (slotOf[index] < 0) {
            slotOf[index] = slots.size();
            slots.add(index);
        }
    }

    /** A column: its value read once per row, offered to its accumulators and its sample. */
    private void column(ContractScan scan, int c) {
        ColumnValue value = scan.columnValues[c];
        Accumulator[] accumulators = scan.columnAccumulators[c];
        int sample = scan.samplePositions[c];
        int slot = slotOf[scan.fieldIndexes[c]];
        SampleCollector samples = scan.samples;
        int cost = 2 + (sample >= 0 ? 1 : 0);
        for (Accumulator accumulator : accumulators) {
            cost += accumulator instanceof RepeatsAccumulator || accumulator instanceof SortedValuesAccumulator ? 3 : 1;
        }
        units.add(new ScanUnit(c, cost, (batch, r) -> {
            value.read(batch.fields[slot][r], batch.rows[r], batch.lines[r]);
            for (Accumulator accumulator : accumulators) {
                accumulator.accept(value);
            }
            if (sample >= 0) {
                samples.accept(sample, value);
            }
        }));
    }

    /**
     * The row rules and conditional metrics, over values of their own: the column units read the same
     * fields on other threads, so the rules read them again.
     */
    private void rules(ContractScan scan, int width) {
        if (scan.ruleScan == null) {
            return;
        }
        Map<String, ColumnValue> own = new LinkedHashMap<>();
        ColumnValue[] values = new ColumnValue[width];
        int[] slots = new int[width];
        for (int c = 0; c < width; c++) {
            values[c] = new ColumnValue(scan.readSpecs.get(c));
            own.put(scan.readSpecs.get(c).name(), values[c]);
            slots[c] = slotOf[scan.fieldIndexes[c]];
        }
        RowRuleScan rules = scan.ruleScan(own);
        scan.ruleScan = rules;
        units.add(new ScanUnit(width, 2 * width + 2, (batch, r) -> {
            long row = batch.rows[r];
            long line = batch.lines[r];
            for (int c = 0; c < values.length; c++) {
                values[c].read(batch.fields[slots[c]][r], row, line);
            }
            rules.accept(row, line);
        }));
    }
}
