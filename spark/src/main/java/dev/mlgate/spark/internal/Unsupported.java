package dev.mlgate.spark.internal;

import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.RowRequest;

/** A request the Spark backend does not compute: the suite fails naming it, rather than guessing. */
final class Unsupported extends UnsupportedOperationException {

    private Unsupported(String message) {
        super(message);
    }

    static Unsupported request(String column, MetricRequest request) {
        return new Unsupported("the Spark backend does not compute " + request + " of column '" + column
                + "'; run this suite with mlgate.backend=local");
    }

    static Unsupported request(RowRequest request) {
        return new Unsupported("the Spark backend does not compute " + request
                + "; run this suite with mlgate.backend=local");
    }
}
