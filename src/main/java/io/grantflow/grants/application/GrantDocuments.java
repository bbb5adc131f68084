package io.grantflow.grants.application;

import io.grantflow.documents.application.DocumentOwner;
import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantReport;
import io.grantflow.grants.domain.ReportStatus;
import io.grantflow.grants.domain.WorkPackage;
import io.grantflow.grants.domain.WorkPackageStatus;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.shared.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * The documents of a grant's life (docs/grants.md): those of a report version ({@code report:{id}} — annexes of the
 * technical part, timesheets, invoices) and the deliverables of a lump-sum grant's work package
 * ({@code work-package:{id}}). Read by whoever reads the grant (officers, members of its beneficiaries). A report's
 * documents are added by members of the beneficiaries while the version is a draft, or while an officer's request
 * for information waits for its answer; a work package's by members of the coordinator before it is declared
 * completed (again after a rejection). After that they stay as they were: a correction is a new version.
 */
public final class GrantDocuments {

    private GrantDocuments() {
    }

    @ApplicationScoped
    public static class Reports implements DocumentOwner {

        @Inject
        GrantAccess access;

        @Override
        public String type() {
            return "report";
        }

        @Override
        public void requireReadable(long ownerId, Actor actor) {
            access.readable(report(ownerId, false).grantId, actor.user(), actor.officer());
        }

        @Override
        public void requireWritable(long ownerId, Actor actor) {
            GrantReport r = report(ownerId, false);
            access.lockedForMember(r.grantId, actor.user());
            r = report(ownerId, true);
            if (!r.is(ReportStatus.DRAFT) && !r.is(ReportStatus.INFORMATION_REQUESTED)) {
                throw DocumentOwner.submitted("version " + r.version + " of the report of period " + r.period
                        + " is " + r.status + "; documents are added to a draft or to an answer");
            }
        }

        @Override
        public String title(long ownerId) {
            GrantReport r = GrantReport.findById(ownerId);
            Grant g = Grant.findById(r.grantId);
            return g.acronym + " – report of period " + r.period + ", version " + r.version;
        }

        private static GrantReport report(long id, boolean locked) {
            GrantReport r = locked ? GrantReport.findById(id, LockModeType.PESSIMISTIC_WRITE) : GrantReport.findById(id);
            if (r == null) {
                throw DomainException.notFound("report", String.valueOf(id));
            }
            return r;
        }
    }

    @ApplicationScoped
    public static class WorkPackages implements DocumentOwner {

        @Inject
        GrantAccess access;

        @Override
        public String type() {
            return "work-package";
        }

        @Override
        public void requireReadable(long ownerId, Actor actor) {
            access.readable(workPackage(ownerId, false).grantId, actor.user(), actor.officer());
        }

        @Override
        public void requireWritable(long ownerId, Actor actor) {
            WorkPackage w = workPackage(ownerId, false);
            Grant g = access.lockedForMember(w.grantId, actor.user());
            if (!OrganisationMember.isMember(actor.user(), g.coordinatorId)) {
                throw DomainException.forbidden("not_a_coordinator_member",
                        "members of the coordinating organisation add a work package's deliverables", java.util.List.of());
            }
            w = workPackage(ownerId, true);
            if (!w.is(WorkPackageStatus.PLANNED) && !w.is(WorkPackageStatus.REJECTED)) {
                throw DocumentOwner.submitted("work package " + w.number + " is " + w.status
                        + "; deliverables are added before it is declared completed");
            }
        }

        @Override
        public String title(long ownerId) {
            WorkPackage w = WorkPackage.findById(ownerId);
            return Grant.<Grant>findById(w.grantId).acronym + " – work package " + w.number + ": " + w.title;
        }

        private static WorkPackage workPackage(long id, boolean locked) {
            WorkPackage w = locked ? WorkPackage.findById(id, LockModeType.PESSIMISTIC_WRITE) : WorkPackage.findById(id);
            if (w == null) {
                throw DomainException.notFound("work package", String.valueOf(id));
            }
            return w;
        }
    }
}
