package io.grantflow.cascade.application;

import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.cascade.domain.OwnApplication;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.shared.time.Brussels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Read model: the cascade work waiting for a person (shown by {@code GET /api/me}), by the rules the
 * acts of {@link ApplicationAward} and {@link ApplicationFollowUp} apply: the consortium decides and verifies, never on an
 * application of its own members' organisation ({@link OwnApplication}); the host confirms a visit
 * once it has begun; the SME reports (a ClusterXchange visitor once the visit has ended).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CascadeWaiting {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    PanelRanking ranking;

    /**
     * Applications to evaluated open calls of the user's consortia, waiting for the consortium's decision on each; not
     * those of open calls evaluated by a panel: their ranking decides ({@link #rankingsToDecide}).
     */
    public List<Long> applicationsToDecide(String user) {
        List<Long> waiting = forConsortium(user, ApplicationStatus.UNDER_REVIEW);
        if (waiting.isEmpty()) {
            return waiting;
        }
        Set<Long> panels = panelOpenCalls(waiting);
        return waiting.stream().filter(id -> !panels.contains(Application.<Application>findById(id).openCallId)).toList();
    }

    /**
     * Open calls evaluated by a panel of the user's consortia whose ranking waits for the decision: every evaluation
     * (and consensus) of the applications it ranks is in, and one of them is not yet on a reserve list. The rule of
     * the decision itself ({@link PanelDecision}: no evaluation pending), read from the same {@link PanelRanking}.
     */
    public List<Long> rankingsToDecide(String user) {
        List<Long> waiting = forConsortium(user, ApplicationStatus.UNDER_REVIEW);
        if (waiting.isEmpty()) {
            return waiting;
        }
        return panelOpenCalls(waiting).stream().sorted().filter(id -> {
            OpenCall oc = OpenCall.findById(id);
            PanelRanking.Result r = ranking.rank(oc);
            return r.pending().isEmpty() && ranking.view(oc, r).ranked().stream().anyMatch(e -> e.reservePosition() == null);
        }).toList();
    }

    private static Set<Long> panelOpenCalls(List<Long> applications) {
        Set<Long> calls = new TreeSet<>();
        for (Long id : applications) {
            Application a = Application.findById(id);
            if (OpenCall.<OpenCall>findById(a.openCallId).evaluatedByPanel()) {
                calls.add(a.openCallId);
            }
        }
        return calls;
    }

    /** Reports sent to the user's consortia, waiting for verification. */
    public List<Long> reportsToVerify(String user) {
        return forConsortium(user, ApplicationStatus.REPORTED);
    }

    /** ClusterXchange visits to the user's cluster that have begun and that nobody of it has confirmed. */
    public List<Long> visitsToConfirm(String user) {
        List<Long> organisations = OrganisationMember.organisationsOf(user);
        if (organisations.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return Application.<Application>list("hostOrganisationId in ?1 and hostConfirmedAt is null and status in ?2 "
                        + "order by id", organisations, ApplicationStatus.AWARDED_STATES).stream()
                .filter(a -> !OwnApplication.concerns(a, organisations) && a.visitStarted(today))
                .map(a -> a.id).toList();
    }

    /** Awards of the user's organisations whose report is expected now. */
    public List<Long> reportsToSend(String user) {
        List<Long> organisations = OrganisationMember.organisationsOf(user);
        if (organisations.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return Application.<Application>list("organisationId in ?1 and status in ?2 order by id", organisations,
                        Application.REPORT_EXPECTED).stream()
                .filter(a -> a.mayReport(today))
                .map(a -> a.id).toList();
    }

    private List<Long> forConsortium(String user, ApplicationStatus status) {
        List<Long> organisations = OrganisationMember.organisationsOf(user);
        if (organisations.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> grants = em.createNativeQuery("select g.id from grantflow.grant_agreement g where exists "
                        + "(select 1 from unnest(g.beneficiaries) b where b in (:organisations))")
                .setParameter("organisations", organisations).getResultList();
        if (grants.isEmpty()) {
            return List.of();
        }
        return Application.<Application>list("grantId in ?1 and status = ?2 order by id",
                        grants.stream().map(Number::longValue).toList(), status).stream()
                .filter(a -> !OwnApplication.concerns(a, organisations))
                .map(a -> a.id).toList();
    }

    private LocalDate today() {
        return clock.instant().atZone(Brussels.ZONE).toLocalDate();
    }
}
