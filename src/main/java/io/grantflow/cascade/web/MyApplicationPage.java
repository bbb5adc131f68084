package io.grantflow.cascade.web;

import io.grantflow.cascade.api.ApplicationDetailView;
import io.grantflow.shared.problem.Violation;

import java.time.LocalDate;
import java.util.List;

/**
 * What an application's page shows: the application with what comes next and the acts open to the reader, whether
 * its forms are shown (the reader's acts, for a person with the SME role; the report form also when it was just
 * refused, so that the typed report is not lost), the message of a form that succeeded ({@code done}) or the
 * problem of one that did not, the report and proof as typed (empty when nothing was), and their length limits.
 */
public record MyApplicationPage(ApplicationDetailView detail, boolean reportForm, boolean withdrawForm, String done,
                                FormProblem problem, String report, String proof, int reportMax, int proofMax) {

    public MyApplicationPage {
        report = report == null ? "" : report;
        proof = proof == null ? "" : proof;
    }

    /** The last day of a ClusterXchange visit (null for other instruments). */
    public LocalDate visitEndsOn() {
        return detail.application().exchange() == null ? null : detail.application().exchange().to();
    }

    /** What is wrong with the report as typed (nothing unless the report form was just refused). */
    public List<Violation> reportErrors() {
        return problem == null ? List.of() : problem.violationsOf(FormProblem.REPORT, "report");
    }

    public List<Violation> proofErrors() {
        return problem == null ? List.of() : problem.violationsOf(FormProblem.REPORT, "proof");
    }

    /** Whether the withdrawal form was sent without its confirmation. */
    public boolean unconfirmedWithdrawal() {
        return problem != null && !problem.violationsOf(FormProblem.WITHDRAW, "confirm").isEmpty();
    }
}
