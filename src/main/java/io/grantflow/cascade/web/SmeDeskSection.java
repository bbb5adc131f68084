package io.grantflow.cascade.web;

import io.grantflow.cascade.application.CascadeWaiting;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Bundles;
import io.grantflow.shared.web.DeskSection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Optional;

/**
 * The desk's cards for what an SME and a host cluster have to do: "My applications" (SMEs; the reports their awards
 * wait for), and "Visits to confirm" (members of a host cluster, shown when a ClusterXchange visit waits).
 */
@ApplicationScoped
public class SmeDeskSection implements DeskSection {

    @Inject
    CascadeWaiting waiting;

    @Override
    public Optional<DeskCard> card(SecurityIdentity who, Locale locale) {
        if (!who.hasRole(Roles.SME)) {
            return Optional.empty();
        }
        ConsortiumDeskMessages texts = Bundles.in(ConsortiumDeskMessages.class, locale);
        return Optional.of(new DeskCard(5, "my-applications", texts.myApplications(), texts.myApplicationsSummary(),
                (long) waiting.reportsToSend(who.getPrincipal().getName()).size(), "/my/applications"));
    }

    /** The host cluster's card: only when a visit waits, so that the desk of a cluster that hosts none stays quiet. */
    @ApplicationScoped
    public static class Visits implements DeskSection {

        @Inject
        CascadeWaiting waiting;

        @Override
        public Optional<DeskCard> card(SecurityIdentity who, Locale locale) {
            if (!who.hasRole(Roles.APPLICANT) && !who.hasRole(Roles.SME)) {
                return Optional.empty();
            }
            long count = waiting.visitsToConfirm(who.getPrincipal().getName()).size();
            if (count == 0) {
                return Optional.empty();
            }
            ConsortiumDeskMessages texts = Bundles.in(ConsortiumDeskMessages.class, locale);
            return Optional.of(new DeskCard(16, "visits", texts.visitsTitle(), texts.visitsSummary(), count,
                    "/desk/visits"));
        }
    }
}
