package io.grantflow.shared.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A value of the wrong JSON type is refused, never converted: {@code "name": 123}, {@code "budget": true},
 * {@code "experts": ["1"]}, {@code "weight": "1"}, {@code "conflict": "true"} or {@code "conflict": 1}
 * are each a 400 {@code malformed_request} with a violation {@code invalid_value} naming the field. Text
 * takes only JSON strings; numbers (ids, counts, percentages, scores) only JSON numbers; booleans only
 * {@code true}/{@code false}. Not changed here: amounts ({@code Money}) are read by
 * {@link io.grantflow.shared.money.MoneyDeserializer} from a JSON string or a JSON number with at most 2
 * decimals and 13 integer digits ({@code "1234.5"}, {@code 1234.50}, {@code 1234}; never rounded), although
 * the OpenAPI document declares only the form answers use, a string with exactly 2 decimals; instants are
 * read from strings, enum values from their names.
 */
@Singleton
public class StrictTypesJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType number : new LogicalType[]{LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }
}
