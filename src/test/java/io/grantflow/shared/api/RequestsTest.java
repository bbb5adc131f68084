package io.grantflow.shared.api;

import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RequestsTest {

    @Test
    void everyUnknownParameterIsNamedOnce() {
        assertThatCode(() -> Requests.refuseUnknownParameters(List.of("page", "text"), Set.of("page", "size", "text")))
                .doesNotThrowAnyException();
        DomainException e = catchThrowableOfType(DomainException.class,
                () -> Requests.refuseUnknownParameters(List.of("sectr", "page", "contry"), Set.of("page", "country", "sector")));
        assertThat(e.kind()).isEqualTo(DomainException.Kind.MALFORMED);
        assertThat(e.code()).isEqualTo("unknown_parameter");
        assertThat(e.violations()).extracting(Violation::field).containsExactly("contry", "sectr");
        assertThat(e.violations()).extracting(Violation::code).containsOnly("unknown_parameter");
        assertThat(e.violations().get(0).message()).contains("country, page, sector");
    }

    static class Resource {
        @OnlyDeclaredQueryParameters
        public void strict(@QueryParam("country") String country, String body, @QueryParam("page") String page) {
        }

        public void lenient(@QueryParam("country") String country) {
        }
    }

    @Test
    void theDeclaredNamesAreTheMethodsQueryParameters() throws Exception {
        assertThat(DeclaredQueryParameters.names(Resource.class.getMethod("strict", String.class, String.class,
                String.class))).contains(Set.of("country", "page"));
        assertThat(DeclaredQueryParameters.names(Resource.class.getMethod("lenient", String.class))).isEmpty();
    }
}
