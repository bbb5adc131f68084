package io.grantflow.cascade.web;

import io.grantflow.cascade.application.OpenCallService;
import io.grantflow.cascade.api.OpenCallView;
import io.grantflow.cascade.api.OpenCallFilter;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The start page {@code /}: what Grantflow is, the open calls closing soonest, the way to the programme's calls. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class StartPage {

    /** Open calls shown on the start page. */
    static final int SHOWN = 5;

    @Inject
    OpenCallService openCalls;

    @Inject
    Pages pages;

    @Inject
    @Location("index.html")
    Template index;

    @GET
    public TemplateInstance start() {
        Page<OpenCallView> soonest = openCalls.list(new OpenCallFilter(null, null, null, null, null, null, null, null), PageRequest.first(SHOWN));
        return pages.render(index.data("start", new StartPageModel(soonest.items(), soonest.totalItems())));
    }
}
