package dev.mlgate.spark.internal;

import dev.mlgate.contract.internal.RecordRows;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A {@code @When} condition asked of a row's record on an executor: {@code holds} (false for a row the
 * record cannot hold, as locally), or the local scan's message when the record's constructor or the
 * condition threw ({@link TaskRows#ROW} standing for the row number, which the driver fills in).
 * The input is the struct of every component's field as written and as parsed ({@code r<i>}, {@code p<i>}).
 */
final class ConditionCall implements UDF1<Row, Row> {

    static final StructType RESULT = new StructType()
            .add("holds", DataTypes.BooleanType)
            .add("error", DataTypes.StringType);

    private final RecordRecipe recipe;
    private final String name;
    private final String first;
    private transient RecordRows rows;

    /** The condition {@code recipe} names (its only predicate), {@code first} the scan's first condition. */
    ConditionCall(RecordRecipe recipe, String name, String first) {
        this.recipe = recipe;
        this.name = name;
        this.first = first;
    }

    @Override
    public Row call(Row fields) {
        if (rows == null) {
            rows = recipe.open();
        }
        for (int i = 0; i < recipe.kinds().size(); i++) {
            recipe.set(rows, i, fields.getString(2 * i), fields.getStruct(2 * i + 1));
        }
        Object record;
        try {
            record = rows.build();
        } catch (Throwable e) {
            RecordRows.rethrowFatal(e);
            return RowFactory.create(false, "constructing " + rows.typeName() + " for row " + TaskRows.ROW
                    + " to evaluate the condition " + first + " threw " + RecordRows.describe(e));
        }
        if (record == null) {
            return RowFactory.create(false, null);
        }
        try {
            return RowFactory.create(rows.test(0, record), null);
        } catch (Throwable e) {
            RecordRows.rethrowFatal(e);
            return RowFactory.create(false, "the condition " + name + " threw on row " + TaskRows.ROW + " ("
                    + RecordRows.quote(record) + "): " + RecordRows.describe(e));
        }
    }
}
