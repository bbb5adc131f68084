package io.grantflow.shared.money;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Amounts are read from the JSON text itself, never through a double: a JSON number is as exact as a
 * JSON string, and more than 2 decimals is refused, never rounded.
 */
class MoneyJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aJsonNumberIsReadExactlyLikeAString() throws Exception {
        // values a double cannot hold exactly
        assertThat(json.readValue("0.10", Money.class)).isEqualTo(Money.eur("0.10"));
        assertThat(json.readValue("9999999999999.99", Money.class).amount().toPlainString()).isEqualTo("9999999999999.99");
        assertThat(json.readValue("\"9999999999999.99\"", Money.class)).isEqualTo(json.readValue("9999999999999.99", Money.class));
        assertThat(json.readValue("1234", Money.class).toString()).isEqualTo("1234.00");
    }

    @Test
    void moreThanTwoDecimalsIsRefusedNotRounded() {
        assertThatThrownBy(() -> json.readValue("1234.567", Money.class)).isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> json.readValue("0.005", Money.class)).isInstanceOf(InvalidFormatException.class);
    }
}
