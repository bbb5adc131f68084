package io.grantflow.calls.api;

import io.grantflow.calls.domain.Tags;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;

/**
 * The schema {@value #NAME} of the OpenAPI document: the tags the service accepts ({@link Tags#ALLOWED}, the
 * sectors and the activities), from the list the service checks, so that the document cannot name
 * another. A parameter or property refers to it with {@code @Schema(ref = TagSchema.NAME)}.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD)
public class TagSchema implements OASFilter {

    public static final String NAME = "Tag";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(NAME, OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .description("A sector (industrial ecosystem) or an activity").enumeration(List.copyOf(Tags.ALLOWED)));
    }
}
