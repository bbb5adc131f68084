package io.grantflow.notifications.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/** A notification's parameters as the JSON of column {@code params}, for statements written in SQL. */
final class ParamsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParamsJson() {
    }

    static String write(Map<String, String> params) {
        try {
            return JSON.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
