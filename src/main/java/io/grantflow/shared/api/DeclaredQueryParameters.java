package io.grantflow.shared.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies {@link OnlyDeclaredQueryParameters}: after matching, the query's parameter names are compared with
 * the {@code @QueryParam} names of the matched method ({@link Requests#refuseUnknownParameters}). Methods
 * without the annotation are left alone. The declared names are read once per method.
 */
public class DeclaredQueryParameters {

    private final Map<Method, Optional<Set<String>>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void onlyDeclared(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        declared.computeIfAbsent(method, DeclaredQueryParameters::names).ifPresent(names ->
                Requests.refuseUnknownParameters(request.getUriInfo().getQueryParameters().keySet(), names));
    }

    /** The method's {@code @QueryParam} names when it (or its class) only takes those; empty otherwise. */
    static Optional<Set<String>> names(Method method) {
        if (!method.isAnnotationPresent(OnlyDeclaredQueryParameters.class)
                && !method.getDeclaringClass().isAnnotationPresent(OnlyDeclaredQueryParameters.class)) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                }
            }
        }
        return Optional.of(Set.copyOf(names));
    }
}
