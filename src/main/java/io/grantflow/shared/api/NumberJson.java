package io.grantflow.shared.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Numbers in request bodies stay within what the API can hold, decided once for every field: a
 * decimal has at most {@link #MAX_INTEGER_DIGITS} digits before the decimal point and
 * {@link #MAX_DECIMALS} after it (so {@code 1e400} and {@code 1e-400} are refused, never handed to the
 * database), and a whole-number field takes only whole numbers ({@code 1.5} or {@code 1e-400} are not
 * silently truncated). Such a value is a 400 {@code invalid_value} naming the field; the features'
 * policies then apply their own, narrower bounds (amounts: {@code Money}, 13 digits).
 */
@Singleton
public class NumberJson implements ObjectMapperCustomizer {

    /** The widest numeric column of the schema is numeric(17, 2): 15 digits before the point. */
    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_DECIMALS = 10;
    static final String OUT_OF_RANGE = "out of range: a number with at most " + MAX_INTEGER_DIGITS
            + " digits before the decimal point and " + MAX_DECIMALS + " after it";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        SimpleModule module = new SimpleModule("grantflow-numbers");
        module.addDeserializer(BigDecimal.class, new StdDeserializer<>(BigDecimal.class) {
            @Override
            public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
                if (value != null && !withinBounds(value)) {
                    return (BigDecimal) ctxt.handleWeirdNumberValue(BigDecimal.class, value, OUT_OF_RANGE);
                }
                boolean oddZero = value != null && value.signum() == 0 && (value.scale() < 0 || value.scale() > MAX_DECIMALS);
                return oddZero ? BigDecimal.ZERO : value; // 0E+400 is plain 0
            }
        });
        mapper.registerModule(module);
    }

    /** At most {@link #MAX_INTEGER_DIGITS} digits before the decimal point and {@link #MAX_DECIMALS} after it. */
    public static boolean withinBounds(BigDecimal value) {
        if (value.signum() == 0) {
            return true;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.precision() - stripped.scale() <= MAX_INTEGER_DIGITS && stripped.scale() <= MAX_DECIMALS;
    }
}
