package dev.genuine.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.genuine.json.CanonicalJson;
import dev.genuine.store.StoreException;

/**
 * Records to and from the JSON the tables keep. Derived properties a record exposes as getters (such as
 * {@code StoredImage.isStored()}) are written but ignored when read back.
 */
final class StoreJson {
    private static final ObjectMapper MAPPER = CanonicalJson.MAPPER.copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private StoreJson() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode tree(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    static <T> T read(String json, com.fasterxml.jackson.core.type.TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored value is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
