package dev.mlgate.spark.internal;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: two local cores, as the README's test command runs it, shared by every test class. */
public final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().appName("mlgate-tests").master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.sql.datetime.java8API.enabled", "true")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}
