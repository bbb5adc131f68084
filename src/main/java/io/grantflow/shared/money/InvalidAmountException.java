package io.grantflow.shared.money;

/** An amount that is not a valid EUR amount (too many decimals, not a number). */
public class InvalidAmountException extends IllegalArgumentException {
    public InvalidAmountException(String message) {
        super(message);
    }
}
