package io.grantflow.shared.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems a resource method can answer beyond those that follow from its shape (which
 * {@link ContractFilter} derives): the stable codes of its 403, 409 and 422 answers, as only the code knows
 * them. The filter adds each status, with the codes in its description and the problem schema, to the
 * operation in the OpenAPI document. Keep them true: they list what the method's service throws.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Problems {

    /** Codes of a 403 beyond a missing role (e.g. four_eyes, not_a_member). */
    String[] forbidden() default {};

    /** Codes of a 404 beyond a path that names a resource (e.g. a query parameter naming a grant). */
    String[] notFound() default {};

    /** Codes of a 409: the request conflicts with the current state. */
    String[] conflict() default {};

    /** Codes of a 422: business rules broken (every violation listed). */
    String[] unprocessable() default {};

    /** Codes of a 413 beyond the body limit of every operation (e.g. a document above its own limit). */
    String[] tooLarge() default {};

    /** Codes of a 415: what was sent is of a type the operation does not take (checked by content). */
    String[] unsupportedType() default {};

    /** Codes of a 503 beyond an overload: a service the act needs is down (with Retry-After). */
    String[] unavailable() default {};
}
