package io.grantflow.grants.application;

import io.grantflow.grants.api.WorkPackageView;
import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.WorkPackage;
import io.grantflow.grants.domain.WorkPackageStatus;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.text.TextLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The work packages of a lump-sum grant: a member of the coordinator declares one completed (its deliverables are
 * documents of the work package); an officer accepts it, and it is paid with the grant's next payment, or rejects it
 * with reasons, and it pays nothing until declared again and accepted. Repeating a decision returns it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class WorkPackages {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    GrantAccess access;

    @Inject
    GrantNotices notices;

    public WorkPackageView declareCompleted(Long grantId, int number, String summary, String user) {
        Grant g = access.lockedForMember(grantId, user);
        if (!OrganisationMember.isMember(user, g.coordinatorId)) {
            throw DomainException.forbidden("not_a_coordinator_member",
                    "members of the coordinating organisation declare the consortium's work packages", List.of());
        }
        WorkPackage w = of(g, number);
        if (w.is(WorkPackageStatus.DECLARED)) {
            return WorkPackageView.of(w);
        }
        g.requireRunning();
        Violations v = new Violations();
        if (v.required(summary == null || summary.isBlank() ? null : summary, "summary")) {
            v.maxLength(summary, "summary", TextLimits.REASON * 4);
        }
        v.throwIfAny("invalid_work_package", "the work package cannot be declared completed");
        w.declareCompleted(user, summary.strip(), clock.instant());
        em.flush();
        return WorkPackageView.of(w);
    }

    public WorkPackageView accept(Long grantId, int number, String officer) {
        Grant g = Grant.forUpdate(grantId).orElseThrow(() -> DomainException.notFound("grant", String.valueOf(grantId)));
        WorkPackage w = of(g, number);
        if (w.is(WorkPackageStatus.ACCEPTED)) {
            return WorkPackageView.of(w);
        }
        g.requireRunning();
        w.accept(officer, clock.instant());
        em.flush();
        notices.workPackageDecided(g, w);
        return WorkPackageView.of(w);
    }

    public WorkPackageView reject(Long grantId, int number, String reason, String officer) {
        Grant g = Grant.forUpdate(grantId).orElseThrow(() -> DomainException.notFound("grant", String.valueOf(grantId)));
        WorkPackage w = of(g, number);
        if (w.is(WorkPackageStatus.REJECTED) && w.declaredAt != null && w.decidedAt != null
                && !w.decidedAt.isBefore(w.declaredAt)) {
            return WorkPackageView.of(w);
        }
        g.requireRunning();
        w.reject(officer, ReportReview.required(reason, "reason"), clock.instant());
        em.flush();
        notices.workPackageDecided(g, w);
        return WorkPackageView.of(w);
    }

    private static WorkPackage of(Grant g, int number) {
        return WorkPackage.<WorkPackage>find("grantId = ?1 and number = ?2", g.id, number).firstResultOptional()
                .orElseThrow(() -> DomainException.notFound("work package", g.id + "/" + number));
    }
}
