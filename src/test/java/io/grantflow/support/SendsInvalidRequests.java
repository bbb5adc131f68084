package io.grantflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test (class or method) that sends requests the OpenAPI document does not allow, on purpose: fuzzing,
 * hostile input, a missing Idempotency-Key, a wrong type. {@link ContractValidation} then checks only the
 * responses, not the requests. Say why in {@link #value()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SendsInvalidRequests {

    String value();
}
