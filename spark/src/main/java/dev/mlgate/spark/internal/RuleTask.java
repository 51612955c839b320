package dev.mlgate.spark.internal;

import dev.mlgate.contract.internal.RecordRows;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * One task of the {@link RuleJob}: builds each row's record with the engine's {@link RecordRows} and asks
 * every rule, as the local scan's tallies do, per block (each block's rows come in row order): a rule
 * that threw is not asked again in that block, and its message names the row by {@link TaskRows#ROW}.
 */
record RuleTask(RecordRecipe recipe, int max) implements MapPartitionsFunction<Row, Row> {

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        RecordRows rows = recipe.open();
        int rules = recipe.predicates().size();
        int components = recipe.kinds().size();
        TaskRows.Blocks blocks = new TaskRows.Blocks();
        Map<List<Object>, Tally[]> tallies = new LinkedHashMap<>();
        while (input.hasNext()) {
            Row row = input.next();
            long id = row.getLong(2);
            Tally[] own = tallies.computeIfAbsent(blocks.see(row.getString(0), row.getLong(1), id), key -> {
                Tally[] fresh = new Tally[rules];
                for (int k = 0; k < rules; k++) {
                    fresh[k] = new Tally();
                }
                return fresh;
            });
            for (int i = 0; i < components; i++) {
                recipe.set(rows, i, row.getString(3 + 2 * i), row.getStruct(4 + 2 * i));
            }
            Object record;
            try {
                record = rows.build();
            } catch (Throwable e) {
                RecordRows.rethrowFatal(e);
                for (Tally tally : own) {
                    tally.fail(id, "constructing " + rows.typeName() + " for row " + TaskRows.ROW + " threw "
                            + RecordRows.describe(e));
                }
                continue;
            }
            for (int k = 0; k < rules; k++) {
                own[k].accept(rows, k, record, id, max);
            }
        }
        List<Row> out = new ArrayList<>();
        blocks.emit(out);
        tallies.forEach((key, own) -> {
            for (int k = 0; k < own.length; k++) {
                own[k].emit(k, (String) key.get(0), (Long) key.get(1), out);
            }
        });
        return out.iterator();
    }

    /** One rule in one block, up to its first exception. */
    private static final class Tally {
        private long checked;
        private long violations;
        private long leftOut;
        private long errorId;
        private String error;
        private final List<Object[]> examples = new ArrayList<>();

        void accept(RecordRows rows, int rule, Object record, long id, int max) {
            if (error != null) {
                return;
            }
            if (record == null) {
                leftOut++;
                return;
            }
            boolean holds;
            try {
                holds = rows.test(rule, record);
            } catch (Throwable e) {
                RecordRows.rethrowFatal(e);
                fail(id, "threw on row " + TaskRows.ROW + " (" + RecordRows.quote(record) + "): "
                        + RecordRows.describe(e));
                return;
            }
            checked++;
            if (!holds) {
                violations++;
                if (examples.size() < max) {
                    examples.add(new Object[] {id, String.valueOf(record)});
                }
            }
        }

        void fail(long id, String message) {
            if (error == null) {
                error = message;
                errorId = id;
            }
        }

        void emit(int rule, String file, long block, List<Row> out) {
            out.add(TaskRows.row(TaskRows.TALLY, rule, file, block, errorId, checked, violations, leftOut, 0, 0,
                    error));
            for (Object[] example : examples) {
                out.add(TaskRows.row(TaskRows.EXAMPLE, rule, file, block, (Long) example[0], 0, 0, 0, 0, 0,
                        (String) example[1]));
            }
        }
    }
}
