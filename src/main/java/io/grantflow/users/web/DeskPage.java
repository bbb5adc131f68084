package io.grantflow.users.web;

import io.grantflow.shared.web.DeskSection;
import io.grantflow.shared.web.DeskSection.DeskCard;
import io.grantflow.shared.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code /desk}: the signed-in person's desk, the cards of every feature's {@link DeskSection} that is for them
 * (by role), in order, each with what waits for them.
 */
@Path("/desk")
@Authenticated
public class DeskPage {

    @Inject
    @Location("users/desk.html")
    Template page;

    @Inject
    SecurityIdentity identity;

    @Inject
    @Any
    Instance<DeskSection> sections;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        List<DeskCard> cards = sections.stream().map(s -> s.card(identity, pages.locale()))
                .flatMap(Optional::stream).sorted(Comparator.comparingInt(DeskCard::order)).toList();
        return pages.render(page.data("cards", cards));
    }
}
