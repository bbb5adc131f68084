package io.grantflow.cascade.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static io.grantflow.cascade.domain.ApplicationFixture.AWARD_ACCOUNT;
import static io.grantflow.cascade.domain.ApplicationFixture.NOW;
import static io.grantflow.cascade.domain.ApplicationFixture.REPORT_PERIOD;
import static io.grantflow.cascade.domain.ApplicationFixture.TODAY;
import static io.grantflow.cascade.domain.ApplicationFixture.awardedApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.closedApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.exchangeApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.passed;
import static io.grantflow.cascade.domain.ApplicationFixture.refusedApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.reportRejectedApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.reportedApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.submittedApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.underReviewApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.waitlistedApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an application offers its applicant ({@link Application#actionsOpen}) and says comes next
 * ({@link Application#nextStep}) agree with what its acts take: an offered report is taken, an offered withdrawal
 * changes the status, and neither is offered where the act refuses.
 */
class ApplicantActionsTest {

    private static final List<Supplier<Application>> EVERY_STATE = List.of(ApplicationFixture::submittedApplication,
            ApplicationFixture::passedApplication, ApplicationFixture::underReviewApplication,
            ApplicationFixture::waitlistedApplication, ApplicationFixture::awardedApplication,
            ApplicationFixture::reportedApplication, ApplicationFixture::reportRejectedApplication,
            ApplicationFixture::refusedApplication, ApplicationFixture::closedApplication,
            ApplicantActionsTest::overdueApplication, ApplicantActionsTest::withdrawnApplication,
            ApplicantActionsTest::rejectedApplication, ApplicantActionsTest::failedApplication);

    static Application overdueApplication() {
        Application a = awardedApplication();
        a.markOverdue(NOW);
        return a;
    }

    static Application withdrawnApplication() {
        Application a = awardedApplication();
        a.withdraw(NOW);
        return a;
    }

    static Application rejectedApplication() {
        Application a = underReviewApplication();
        a.reject(null, null, "coordinator", NOW);
        return a;
    }

    static Application failedApplication() {
        Application a = reportRejectedApplication();
        a.report("Again", "doc-2", TODAY, NOW);
        a.rejectReport("Still missing", NOW);
        return a;
    }

    private static Application awardedExchange() {
        Application a = exchangeApplication();
        a.stayFrom = TODAY.plusDays(3);
        a.stayTo = TODAY.plusDays(7);
        a.submit(NOW);
        a.assess(passed(Money.eur("550.00")), Selection.FIRST_COME_FIRST_SERVED, NOW);
        a.award(AWARD_ACCOUNT, true, REPORT_PERIOD, NOW);
        return a;
    }

    @Test
    void anAwardOffersTheReportAndTheWithdrawalAndSaysTheReportComesNext() {
        assertThat(awardedApplication().actionsOpen(TODAY)).containsExactly(ApplicantAction.REPORT, ApplicantAction.WITHDRAW);
        assertThat(awardedApplication().nextStep(TODAY)).isEqualTo(NextStep.REPORT);
        assertThat(reportRejectedApplication().actionsOpen(TODAY)).contains(ApplicantAction.REPORT);
        assertThat(overdueApplication().nextStep(TODAY)).isEqualTo(NextStep.REPORT_OVERDUE);
        assertThat(overdueApplication().actionsOpen(TODAY)).contains(ApplicantAction.REPORT);
    }

    @Test
    void anExchangeOffersTheReportFromTheVisitsLastDay() {
        Application a = awardedExchange();
        assertThat(a.actionsOpen(TODAY)).containsExactly(ApplicantAction.WITHDRAW);
        assertThat(a.nextStep(TODAY)).isEqualTo(NextStep.VISIT);
        assertThat(a.actionsOpen(a.stayTo)).containsExactly(ApplicantAction.REPORT, ApplicantAction.WITHDRAW);
        assertThat(a.nextStep(a.stayTo)).isEqualTo(NextStep.REPORT);
    }

    @Test
    void whatComesNextFollowsTheStatus() {
        assertThat(submittedApplication().nextStep(TODAY)).isEqualTo(NextStep.CHECKS);
        assertThat(underReviewApplication().nextStep(TODAY)).isEqualTo(NextStep.DECISION);
        assertThat(waitlistedApplication().nextStep(TODAY)).isEqualTo(NextStep.WAITING_LIST);
        assertThat(reportedApplication().nextStep(TODAY)).isEqualTo(NextStep.VERIFICATION);
        for (Application ended : List.of(refusedApplication(), closedApplication(), withdrawnApplication(),
                rejectedApplication(), failedApplication())) {
            assertThat(ended.nextStep(TODAY)).as(ended.status.name()).isEqualTo(NextStep.NONE);
            assertThat(ended.actionsOpen(TODAY)).as(ended.status.name()).isEmpty();
        }
    }

    @Test
    void everyOfferedActIsTakenAndEveryOtherIsRefused() {
        for (Supplier<Application> state : EVERY_STATE) {
            Application offered = state.get();
            String status = String.valueOf(offered.status);
            List<ApplicantAction> open = offered.actionsOpen(TODAY);

            Application reporting = state.get();
            if (open.contains(ApplicantAction.REPORT)) {
                assertThatCode(() -> reporting.report("Done", "doc", TODAY, NOW)).as(status).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> reporting.report("Done", "doc", TODAY, NOW)).as(status)
                        .isInstanceOf(DomainException.class);
            }

            Application withdrawing = state.get();
            if (open.contains(ApplicantAction.WITHDRAW)) {
                assertThat(withdrawing.withdraw(NOW)).as(status).isTrue();
            } else {
                boolean changed;
                try {
                    changed = withdrawing.withdraw(NOW);
                } catch (DomainException e) {
                    changed = false;
                }
                assertThat(changed).as(status).isFalse();
            }
        }
    }
}
