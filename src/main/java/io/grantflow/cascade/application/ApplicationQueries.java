package io.grantflow.cascade.application;

import io.grantflow.cascade.api.ApplicationView;
import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ApplicationEvent;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.grants.domain.Grant;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.timeline.TimelineStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Applications as their readers see them ({@link ApplicationAccess} says who): status, refusals, money, timeline. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApplicationQueries {

    @Inject
    ApplicationWorkflow workflow;

    public ApplicationView get(Long id, String user, boolean officer) {
        Application a = ApplicationAccess.find(id);
        if (!ApplicationAccess.maySee(a, user, officer)) {
            throw DomainException.notFound("application", String.valueOf(id));
        }
        return view(a);
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
                tranche(a.firstOrderId), tranche(a.balanceOrderId), a.reportDueAt, a.reportedAt, a.reportRejections,
                a.overdueAt, workflow.currentStep(a.id).orElse(null), a.submittedAt, timeline);
    }

    private static ApplicationView.Tranche tranche(Long orderId) {
        if (orderId == null) {
            return null;
        }
        PaymentOrder o = PaymentOrder.findById(orderId);
        return new ApplicationView.Tranche(o.id, o.amount, o.status.name());
    }
}
