package dev.mlgate.contract.internal;

import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.Sample;
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
            units.add(new ScanUnit(width + 1 + k, 2 + scan.rowIndexes[k].length, new RowWork(scan, k)));
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

    private void column(ContractScan scan, int c) {
        int cost = 2 + (scan.samplePositions[c] >= 0 ? 1 : 0);
        for (Accumulator accumulator : scan.columnAccumulators[c]) {
            cost += accumulator instanceof RepeatsAccumulator || accumulator instanceof SortedValuesAccumulator ? 3 : 1;
        }
        units.add(new ScanUnit(c, cost, new ColumnWork(scan, c, slotOf[scan.fieldIndexes[c]])));
    }

    /**
     * The row rules and conditional metrics, over values of their own: the column units read the same
     * fields on other threads, so the rules read them again.
     */
    private void rules(ContractScan scan, int width) {
        if (scan.ruleScan == null) {
            return;
        }
        int[] slots = new int[width];
        for (int c = 0; c < width; c++) {
            slots[c] = slotOf[scan.fieldIndexes[c]];
        }
        units.add(new ScanUnit(width, 2 * width + 2, new RulesWork(scan, slots)));
    }

    /** A column: its value read once per row, offered to its accumulators and its drift sample. */
    private static final class ColumnWork implements ScanUnit.Work {

        private final ContractScan scan;
        private final int c;
        private final int slot;
        private ColumnValue value;
        private Accumulator[] accumulators;
        private SampleCollector sample;
        private Map<String, Sample> samples;

        ColumnWork(ContractScan scan, int c, int slot) {
            this.scan = scan;
            this.c = c;
            this.slot = slot;
        }

        @Override
        public void prepare() {
            ColumnSpec spec = scan.readSpecs.get(c);
            value = new ColumnValue(spec);
            MetricRequest[] requests = scan.columnRequests[c];
            accumulators = new Accumulator[requests.length];
            for (int k = 0; k < requests.length; k++) {
                accumulators[k] = LocalMetrics.accumulator(requests[k], scan.settings);
            }
            int position = scan.samplePositions[c];
            if (position >= 0) {
                sample = new SampleCollector(List.of(spec.name()), List.of(spec),
                        new boolean[] {scan.samples.keepsNumbers(position)});
            }
        }

        @Override
        public void accept(Batch batch, int r) {
            value.read(batch.chars, batch.start(slot, r), batch.length(slot, r), batch.rows[r], batch.lines[r]);
            for (Accumulator accumulator : accumulators) {
                accumulator.accept(value);
            }
            if (sample != null) {
                sample.accept(0, value);
            }
        }

        /** Makes the drift sample (sorting its numbers) on this unit's worker. */
        @Override
        public void finish() {
            if (sample != null) {
                samples = sample.samples();
            }
        }

        @Override
        public void publish() {
            scan.adoptColumn(c, accumulators);
            if (samples != null) {
                scan.parallelSamples.putAll(samples);
            }
        }
    }

    /** The row rules and the conditional metrics they feed. */
    private static final class RulesWork implements ScanUnit.Work {

        private final ContractScan scan;
        private final int[] slots;
        private final List<Accumulator> fresh = new ArrayList<>();
        private ColumnValue[] values;
        private RowRuleScan rules;

        RulesWork(ContractScan scan, int[] slots) {
            this.scan = scan;
            this.slots = slots;
        }

        @Override
        public void prepare() {
            Map<String, ColumnValue> own = new LinkedHashMap<>();
            values = new ColumnValue[slots.length];
            for (int c = 0; c < slots.length; c++) {
                values[c] = new ColumnValue(scan.readSpecs.get(c));
                own.put(scan.readSpecs.get(c).name(), values[c]);
            }
            rules = scan.ruleScan(own, fresh);
        }

        @Override
        public void accept(Batch batch, int r) {
            long row = batch.rows[r];
            long line = batch.lines[r];
            for (int c = 0; c < values.length; c++) {
                values[c].read(batch.chars, batch.start(slots[c], r), batch.length(slots[c], r), row, line);
            }
            rules.accept(row, line);
        }

        @Override
        public void publish() {
            scan.ruleScan = rules;
            scan.adoptConditioned(fresh);
        }
    }

    /** A row metric over the fields of its columns. */
    private static final class RowWork implements ScanUnit.Work {

        private final ContractScan scan;
        private final int k;
        private final Batch.View view = Batch.view();
        private RowAccumulator accumulator;

        RowWork(ContractScan scan, int k) {
            this.scan = scan;
            this.k = k;
        }

        @Override
        public void prepare() {
            accumulator = RowMetrics.accumulator(scan.rowRequests[k], scan.rowIndexes[k], scan.settings.maxExamples());
        }

        @Override
        public void accept(Batch batch, int r) {
            accumulator.accept(view.at(batch, r));
        }

        @Override
        public void publish() {
            scan.adoptRow(k, accumulator);
        }
    }
}
