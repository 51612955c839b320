package dev.mlgate.contract.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Tells whether a text is exactly one JSON document, with jackson-core's streaming parser (no tree built):
 * {@code @ParsesAsJson} on every backend (public for the Spark backend's executors).
 */
public final class JsonDocuments {

    private final JsonFactory factory = new JsonFactory();

    /** Whether {@code text} is one complete JSON document and nothing after it. */
    public boolean isOne(String text) {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (JsonProcessingException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
