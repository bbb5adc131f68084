package io.grantflow.cascade.application;

import io.grantflow.cascade.api.ApplicationDetailView;
import io.grantflow.cascade.api.ApplicationView;
import io.grantflow.cascade.api.MyApplicationView;
import io.grantflow.cascade.domain.ApplicantAction;
import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ApplicationEvent;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.grants.domain.Grant;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.time.Brussels;
import io.grantflow.shared.timeline.TimelineStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Applications as their readers see them ({@link ApplicationAccess} says who): status, refusals, money, timeline. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApplicationQueries {

    @Inject
    ApplicationWorkflow workflow;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public ApplicationView get(Long id, String user, boolean officer) {
        Application a = visible(id, user, officer);
        ApplicationView v = view(a);
        // a host cluster sees the visit it confirms, not the SME's report: that is for the SME and the consortium
        return officer || OrganisationMember.isMember(user, a.organisationId) || ApplicationAccess.ofConsortium(a, user)
                ? v : v.withoutReport();
    }

    /**
     * One application of an open call, for its consortium: the page that decides or verifies it (a host cluster, who
     * may read the application, is refused: {@code not_consortium_member}); an application of another open call: not
     * found.
     */
    public ApplicationView forConsortium(Long id, Long openCallId, String user) {
        Application a = ApplicationAccess.find(id);
        if (!a.openCallId.equals(openCallId) || !ApplicationAccess.maySee(a, user, false)) {
            throw DomainException.notFound("application", String.valueOf(id));
        }
        if (!ApplicationAccess.ofConsortium(a, user)) {
            throw DomainException.forbidden("not_consortium_member",
                    "only the grant's consortium decides on and verifies its applications", List.of());
        }
        return view(a);
    }

    /**
     * One application for its page: as {@link #get}, with the open call's title, the host's name, what comes next
     * and the acts open to {@code user} (only a member of the applying organisation has any).
     */
    public ApplicationDetailView detail(Long id, String user, boolean officer) {
        Application a = visible(id, user, officer);
        OpenCall oc = OpenCall.findById(a.openCallId);
        String host = a.hostOrganisationId == null ? null
                : Organisation.<Organisation>findByIdOptional(a.hostOrganisationId).map(o -> o.legalName).orElse(null);
        LocalDate today = today();
        List<ApplicantAction> actions = OrganisationMember.isMember(user, a.organisationId) ? a.actionsOpen(today)
                : List.of();
        return new ApplicationDetailView(view(a), oc.title, host, a.nextStep(today), actions);
    }

    /**
     * The applications of every organisation {@code user} is a member of, newest first (then the latest id):
     * one query gives the page's rows with their open call's title, their organisation's name and the total.
     */
    public Page<MyApplicationView> mine(String user, PageRequest page) {
        List<Object[]> rows = em.createQuery("select a, oc.title, o.legalName, count(*) over () from Application a "
                        + "join OpenCall oc on oc.id = a.openCallId join Organisation o on o.id = a.organisationId "
                        + "where a.organisationId in (select m.key.organisationId from OrganisationMember m "
                        + "where m.key.username = :user) order by a.submittedAt desc, a.id desc", Object[].class)
                .setParameter("user", user).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        LocalDate today = today();
        List<MyApplicationView> items = rows.stream().map(r -> {
            Application a = (Application) r[0];
            return new MyApplicationView(a.id, a.openCallId, (String) r[1], a.organisationId, (String) r[2], a.status,
                    a.requested, a.amountToAward, a.awarded, a.submittedAt, a.reportDueAt, a.stayTo,
                    a.nextStep(today), a.actionsOpen(today));
        }).toList();
        long total = rows.isEmpty() ? (page.page() == 1 ? 0 : countMine(user)) : ((Number) rows.get(0)[3]).longValue();
        return Page.of(items, page, total);
    }

    /** The total when the page asked for lies past the last one (no row carries it then). */
    private long countMine(String user) {
        return em.createQuery("select count(a) from Application a where a.organisationId in (select m.key.organisationId "
                + "from OrganisationMember m where m.key.username = :user)", Long.class)
                .setParameter("user", user).getSingleResult();
    }

    private static Application visible(Long id, String user, boolean officer) {
        Application a = ApplicationAccess.find(id);
        if (!ApplicationAccess.maySee(a, user, officer)) {
            throw DomainException.notFound("application", String.valueOf(id));
        }
        return a;
    }

    /** The business date: Europe/Brussels, from the injected clock. */
    private LocalDate today() {
        return clock.instant().atZone(Brussels.ZONE).toLocalDate();
    }

    /** An open call's applications for its consortium (and officers): best score first, then in the order they came. */
    public Page<ApplicationView> ofOpenCall(Long openCallId, ApplicationStatus status, String user, boolean officer,
                                            PageRequest page) {
        OpenCall oc = OpenCall.<OpenCall>findByIdOptional(openCallId)
                .orElseThrow(() -> DomainException.notFound("open call", String.valueOf(openCallId)));
        if (!officer && !ApplicationAccess.ofConsortium(Grant.<Grant>findById(oc.grantId), user)) {
            throw DomainException.forbidden("not_consortium_member", "only the grant's consortium and officers see its applications");
        }
        var query = status == null
                ? Application.<Application>find("openCallId = ?1 order by score desc nulls last, id", oc.id)
                : Application.<Application>find("openCallId = ?1 and status = ?2 order by score desc nulls last, id",
                oc.id, status);
        long total = query.count();
        return Page.of(query.range(page.offset(), page.lastIndex()).list().stream().map(this::view)
                .toList(), page, total);
    }

    ApplicationView view(Application a) {
        Organisation org = Organisation.findById(a.organisationId);
        ApplicationView.Exchange x = a.visitorId == null ? null : new ApplicationView.Exchange(a.visitorName, a.visitorId,
                a.hostOrganisationId, a.stayFrom, a.stayTo, a.distanceKm, a.hostConfirmedAt, a.hostConfirmedBy);
        List<TimelineStep> timeline = ApplicationEvent.<ApplicationEvent>list("applicationId = ?1 order by id",
                a.id).stream().map(ApplicationEvent::toStep).toList();
        return new ApplicationView(a.id, a.openCallId, a.grantId, a.organisationId, org.legalName, a.applicant, a.status,
                a.refusals, a.requested, a.amountToAward, a.awarded, a.purpose, a.sector, x, a.score, a.awardAccountId,
                tranche(a.firstOrderId), tranche(a.balanceOrderId), a.reportDueAt, a.reportedAt, a.report, a.reportProof,
                a.reportRejections,
                a.overdueAt, a.paymentDueAt, workflow.currentStep(a.id).orElse(null), a.submittedAt, timeline);
    }

    private static ApplicationView.Tranche tranche(Long orderId) {
        if (orderId == null) {
            return null;
        }
        PaymentOrder o = PaymentOrder.findById(orderId);
        return new ApplicationView.Tranche(o.id, o.amount, o.status.name());
    }
}
