package io.grantflow.grants.application;

import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantReport;
import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.grants.domain.ReportStatus;
import io.grantflow.grants.domain.ReportingPeriod;
import io.grantflow.grants.domain.WorkPackage;
import io.grantflow.grants.domain.WorkPackageStatus;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.time.Brussels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What waits in a grant's life, for the desks' pages (grants/web): the reports submitted to officers (oldest first),
 * the periods whose report is overdue, the work packages declared completed, and whether a person may act for a
 * grant's coordinator. Read only; the acts are {@link GrantReporting}, {@link ReportReview} and {@link WorkPackages},
 * the API's services. The officer's lists are for officers: their pages ask for the role.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LifecycleDesk {

    /** Statuses in which a period's report has reached the officer (so its period is not overdue). */
    private static final Set<ReportStatus> RECEIVED = EnumSet.of(ReportStatus.SUBMITTED,
            ReportStatus.INFORMATION_REQUESTED, ReportStatus.ACCEPTED);

    /** A submitted report waiting for an officer's decision. */
    public record WaitingReport(Long grant, String number, String acronym, int period, int version,
                                boolean finalReport, Instant submittedAt, String submittedBy, LocalDate paymentDueOn,
                                Money contribution, boolean answered) {
    }

    /** A period of a running grant whose report was due and has not reached the officer. */
    public record OverduePeriod(Long grant, String number, String acronym, int period, LocalDate reportDue,
                                long daysLate) {
    }

    /** A work package a consortium declared completed, waiting for an officer's decision. */
    public record DeclaredWorkPackage(Long grant, String number, String acronym, int workPackage, String title,
                                      Money amount, String summary, Instant declaredAt, String declaredBy) {
    }

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** The reports waiting for an officer (SUBMITTED, an answered question included), oldest submission first. */
    public Page<WaitingReport> reportsToReview(PageRequest page) {
        var query = GrantReport.<GrantReport>find("status = ?1 order by submittedAt, id", ReportStatus.SUBMITTED);
        long total = query.count();
        List<GrantReport> reports = query.range(page.offset(), page.lastIndex()).list();
        Map<Long, Grant> grants = grants(reports.stream().map(r -> r.grantId).toList());
        return Page.of(reports.stream().map(r -> {
            Grant g = grants.get(r.grantId);
            return new WaitingReport(g.id, g.number, g.acronym, r.period, r.version, r.finalReport, r.submittedAt,
                    r.submittedBy, r.paymentDueOn, r.contribution, r.informationAnswer != null);
        }).toList(), page, total);
    }

    /** How many reports wait for an officer. */
    public long reportsToReviewCount() {
        return GrantReport.count("status", ReportStatus.SUBMITTED);
    }

    /** The periods of signed grants whose report is overdue (due date passed, nothing received), longest late first. */
    public List<OverduePeriod> overdue(int limit) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Brussels.ZONE);
        List<Grant> running = Grant.list("status", GrantStatus.SIGNED);
        if (running.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> received = em.createQuery("select r.grantId, r.period from GrantReport r "
                        + "where r.status in :received and r.grantId in :grants")
                .setParameter("received", RECEIVED).setParameter("grants", running.stream().map(g -> g.id).toList())
                .getResultList();
        Set<String> got = new HashSet<>();
        received.forEach(row -> got.add(row[0] + ":" + row[1]));
        List<OverduePeriod> out = new ArrayList<>();
        for (Grant g : running) {
            for (ReportingPeriod p : g.reportingPeriods) {
                if (today.isAfter(p.reportDue()) && !got.contains(g.id + ":" + p.index())) {
                    out.add(new OverduePeriod(g.id, g.number, g.acronym, p.index(), p.reportDue(),
                            ChronoUnit.DAYS.between(p.reportDue(), today)));
                }
            }
        }
        out.sort(Comparator.comparing(OverduePeriod::reportDue).thenComparing(OverduePeriod::grant));
        return out.stream().limit(limit).toList();
    }

    /** The work packages declared completed and waiting for an officer, oldest declaration first. */
    public List<DeclaredWorkPackage> declaredWorkPackages(int limit) {
        List<WorkPackage> declared = WorkPackage.<WorkPackage>find("status = ?1 order by declaredAt, id",
                WorkPackageStatus.DECLARED).range(0, limit - 1).list();
        Map<Long, Grant> grants = grants(declared.stream().map(w -> w.grantId).toList());
        return declared.stream().map(w -> {
            Grant g = grants.get(w.grantId);
            return new DeclaredWorkPackage(g.id, g.number, g.acronym, w.number, w.title, w.amount, w.summary,
                    w.declaredAt, w.declaredBy);
        }).toList();
    }

    /** How many work packages wait for an officer. */
    public long declaredWorkPackagesCount() {
        return WorkPackage.count("status", WorkPackageStatus.DECLARED);
    }

    /** Whether the person is a member of the grant's coordinator (who submits, answers and declares). */
    public boolean actsForCoordinator(Long grantId, String user) {
        return Grant.<Grant>findByIdOptional(grantId).map(g -> OrganisationMember.isMember(user, g.coordinatorId))
                .orElse(false);
    }

    private static Map<Long, Grant> grants(List<Long> ids) {
        Map<Long, Grant> out = new HashMap<>();
        if (!ids.isEmpty()) {
            Grant.<Grant>list("id in ?1", new HashSet<>(ids)).forEach(g -> out.put(g.id, g));
        }
        return out;
    }
}
