package dev.mlgate.spark.internal;

import dev.mlgate.contract.internal.JsonDocuments;
import org.apache.spark.sql.api.java.UDF1;

/** Whether a field is one complete JSON document, by the engine's own test ({@code @ParsesAsJson}). */
final class JsonValidity implements UDF1<String, Boolean> {

    private transient JsonDocuments documents;

    @Override
    public Boolean call(String text) {
        if (text == null) {
            return null;
        }
        if (documents == null) {
            documents = new JsonDocuments();
        }
        return documents.isOne(text);
    }
}
