package io.grantflow.shared.percent;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A percentage in a response is a JSON number with exactly two decimals ({@code 75.00}, never {@code 75}
 * on one read and {@code 75.00} on another), whatever scale the value had when it was read or computed.
 * Percentages of the API have at most two decimals on input; a computed share with more is cut down, never
 * rounded up, so that it never overstates (74.999 is {@code 74.99}). Put on a field with
 * {@code @JsonSerialize(using = PercentJson.class)}, on a list with {@code contentUsing}.
 */
public class PercentJson extends StdSerializer<BigDecimal> {

    public static final int DECIMALS = 2;

    public PercentJson() {
        super(BigDecimal.class);
    }

    /** The percentage as the API shows it. */
    public static BigDecimal shown(BigDecimal percent) {
        return percent.setScale(DECIMALS, RoundingMode.DOWN);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeNumber(shown(value));
    }
}
