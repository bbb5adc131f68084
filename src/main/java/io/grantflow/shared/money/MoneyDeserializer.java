package io.grantflow.shared.money;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/** Reads an amount from a JSON string ({@code "1234.50"}) or number ({@code 1234.50}), exactly. */
public class MoneyDeserializer extends StdDeserializer<Money> {

    public MoneyDeserializer() {
        super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        try {
            if (token == JsonToken.VALUE_STRING) {
                return Money.parse(p.getText());
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return Money.parse(p.getText());
            }
        } catch (InvalidAmountException e) {
            return (Money) ctxt.handleWeirdStringValue(Money.class, p.getText(), e.getMessage());
        }
        return (Money) ctxt.handleUnexpectedToken(Money.class, p);
    }
}
