package io.grantflow.shared.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method (or a resource class: each of its methods): its query takes only the parameters the
 * method declares with {@code @QueryParam}; a request naming any other is refused before the method runs,
 * 400 {@code unknown_parameter} listing every unknown name ({@link DeclaredQueryParameters}). A mistyped
 * filter ({@code ?contry=FR}) is then an error instead of a listing that silently ignores it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OnlyDeclaredQueryParameters {
}
