package io.grantflow.cascade.application;

import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.documents.application.DocumentOwner;
import io.grantflow.shared.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * An SME application's documents (proofs, the report's evidence): read by those who see the application
 * ({@link ApplicationAccess#maySee}: the SME, the consortium that decides, the host cluster, officers), added by the
 * applying SME's members while the application waits for its decision (proofs) or for its report (evidence).
 * Decided against, reported, closed, failed or withdrawn, it takes no more documents.
 */
@ApplicationScoped
public class ApplicationDocuments implements DocumentOwner {

    /** Where the SME may still add documents: before the decision, and while the report is expected. */
    static final List<ApplicationStatus> TAKES_DOCUMENTS = List.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.WAITLISTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.AWARDED,
            ApplicationStatus.OVERDUE, ApplicationStatus.REPORT_REJECTED);

    @Override
    public String type() {
        return "application";
    }

    @Override
    public void requireReadable(long ownerId, Actor actor) {
        Application a = ApplicationAccess.find(ownerId);
        if (!ApplicationAccess.maySee(a, actor.user(), actor.officer())) {
            throw DomainException.notFound("application", String.valueOf(ownerId));
        }
    }

    @Override
    public void requireWritable(long ownerId, Actor actor) {
        Application a = ApplicationAccess.lockedForApplicant(ownerId, actor.user());
        if (!TAKES_DOCUMENTS.contains(a.status)) {
            throw DocumentOwner.submitted("application " + ownerId + " is " + a.status
                    + "; documents are added before the decision and while the report is expected");
        }
    }

    @Override
    public String title(long ownerId) {
        return Application.<Application>findByIdOptional(ownerId)
                .map(a -> OpenCall.<OpenCall>findByIdOptional(a.openCallId).map(c -> c.title).orElse("") + " – "
                        + a.applicant).orElse(type() + " " + ownerId);
    }

    @Override
    public String pagePath(long ownerId) {
        return "/my/applications/" + ownerId;
    }
}
