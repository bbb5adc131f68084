package io.grantflow.shared.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Text in request bodies may not contain U+0000: PostgreSQL cannot store it, and no field of this
 * API needs it. Such a value is refused like any other value of the wrong form (400).
 */
@Singleton
public class TextJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("grantflow-text");
        module.addDeserializer(String.class, new StdDeserializer<>(String.class) {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String value = StringDeserializer.instance.deserialize(p, ctxt);
                if (value != null && value.indexOf('\u0000') >= 0) {
                    return (String) ctxt.handleWeirdStringValue(String.class, value,
                            "the control character U+0000 is not allowed in text");
                }
                return value;
            }
        });
        mapper.registerModule(module);
    }
}
