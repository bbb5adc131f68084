package io.grantflow.shared.openapi;

import io.grantflow.shared.db.DemoMode;
import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.ArrayList;
import java.util.List;

/**
 * In demo mode the demo users sign in with HTTP Basic ({@code officer}/{@code officer}), so the served
 * document declares Basic beside bearer and Swagger UI's "Authorize" accepts them. Security schemes are
 * otherwise fixed when the document is built; demo mode is decided at run time ({@link DemoMode}), so
 * this filter runs on every request for the document. Outside demo mode it changes nothing: bearer only.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class DemoSecurityFilter implements OASFilter {

    public static final String DEMO_BASIC = "demoBasic";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (!Arc.container().instance(DemoMode.class).get().active()) {
            return;
        }
        api.getComponents().addSecurityScheme(DEMO_BASIC, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("Demo mode only: the demo users, password = user name (officer/officer, "
                        + "evaluator1/evaluator1, sme1/sme1, ...; README)"));
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                List<SecurityRequirement> security = operation.getSecurity();
                if (security == null || security.isEmpty()
                        || security.stream().anyMatch(r -> r.hasScheme(DEMO_BASIC))) {
                    continue;
                }
                List<SecurityRequirement> either = new ArrayList<>(security);
                either.add(OASFactory.createSecurityRequirement().addScheme(DEMO_BASIC));
                operation.setSecurity(either);
            }
        }
    }
}
