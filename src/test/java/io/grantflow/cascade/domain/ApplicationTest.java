package io.grantflow.cascade.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.grantflow.cascade.domain.ApplicationFixture.ASKED;
import static io.grantflow.cascade.domain.ApplicationFixture.AWARD_ACCOUNT;
import static io.grantflow.cascade.domain.ApplicationFixture.GOOD_SCORE;
import static io.grantflow.cascade.domain.ApplicationFixture.NOW;
import static io.grantflow.cascade.domain.ApplicationFixture.REPORT_PERIOD;
import static io.grantflow.cascade.domain.ApplicationFixture.TODAY;
import static io.grantflow.cascade.domain.ApplicationFixture.awardedApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.closedApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.exchangeApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.passed;
import static io.grantflow.cascade.domain.ApplicationFixture.passedApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.refusedApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.reportRejectedApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.reportedApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.smeApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.submittedApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.underReviewApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.waitlistedApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every business act of an application: what it changes when legal, and the code it answers when not. */
class ApplicationTest {

    static void refused(ThrowingCallable act, DomainException.Kind kind, String code) {
        assertThatThrownBy(act).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    static void conflict(ThrowingCallable act, String code) {
        refused(act, DomainException.Kind.CONFLICT, code);
    }

    @Nested
    class Submission {

        @Test
        void aNewApplicationIsSubmitted() {
            Application a = smeApplication();
            a.submit(NOW);
            assertThat(a.status).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(a.submittedAt).isEqualTo(NOW);
        }

        @Test
        void anApplicationIsSubmittedOnce() {
            conflict(() -> submittedApplication().submit(NOW), "application_already_submitted");
        }
    }

    @Nested
    class Checks {

        @Test
        void passedFirstComeFirstServedAwaitsTheAwardWithTheAmountToAward() {
            Application a = submittedApplication();
            a.assess(passed(ASKED), Selection.FIRST_COME_FIRST_SERVED, NOW);
            assertThat(a.status).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(a.amountToAward).isEqualTo(ASKED);
            assertThat(a.requested).isEqualTo(ASKED);
        }

        @Test
        void passedOnAnEvaluatedCallWaitsForTheConsortium() {
            assertThat(underReviewApplication().status).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        }

        @Test
        void aFixedAmountIsToBeAwardedWhileNothingWasRequested() {
            Application a = smeApplication();
            a.requested = null;
            a.submit(NOW);
            a.assess(passed(Money.eur("1000.00")), Selection.FIRST_COME_FIRST_SERVED, NOW);
            a.award(AWARD_ACCOUNT, true, REPORT_PERIOD, NOW);
            assertThat(a.requested).isNull();
            assertThat(a.awarded).isEqualTo(Money.eur("1000.00"));
        }

        @Test
        void refusedByARuleKeepsEveryRefusal() {
            Application a = refusedApplication();
            assertThat(a.status).isEqualTo(ApplicationStatus.REFUSED);
            assertThat(a.refusals).extracting(Application.Refusal::code).containsExactly("double_funding");
        }

        @Test
        void onlyASubmittedApplicationIsAssessed() {
            conflict(() -> awardedApplication().assess(passed(ASKED), Selection.EVALUATED, NOW), "application_not_submitted");
        }
    }

    @Nested
    class Decision {

        @Test
        void approvedKeepsTheScoreAndAwaitsTheAward() {
            Application a = underReviewApplication();
            a.approve(GOOD_SCORE, "Clear plan", "coordinator", NOW);
            assertThat(a.status).isEqualTo(ApplicationStatus.UNDER_REVIEW);
            assertThat(a.score).isEqualTo(GOOD_SCORE);
            assertThat(a.decidedBy).isEqualTo("coordinator");
        }

        @Test
        void rejectedEnds() {
            Application a = underReviewApplication();
            a.reject(new BigDecimal("41.0"), null, "coordinator", NOW);
            assertThat(a.status).isEqualTo(ApplicationStatus.REJECTED);
        }

        @Test
        void onlyAnApplicationUnderReviewIsDecided() {
            conflict(() -> passedApplication().approve(GOOD_SCORE, null, "coordinator", NOW), "application_not_under_review");
            conflict(() -> awardedApplication().reject(GOOD_SCORE, null, "coordinator", NOW), "application_not_under_review");
        }

        @Test
        void aScoreIsFrom0To100WithOneDecimal() {
            refused(() -> underReviewApplication().approve(new BigDecimal("100.5"), null, "c", NOW),
                    DomainException.Kind.RULE_BROKEN, "invalid_decision");
            refused(() -> underReviewApplication().approve(new BigDecimal("50.25"), null, "c", NOW),
                    DomainException.Kind.RULE_BROKEN, "invalid_decision");
            refused(() -> underReviewApplication().reject(null, "x".repeat(501), "c", NOW),
                    DomainException.Kind.RULE_BROKEN, "invalid_decision");
        }
    }

    @Nested
    class Award {

        @Test
        void awardedCommitsTheAmountToAwardAndSetsTheReportDate() {
            Application a = awardedApplication();
            assertThat(a.status).isEqualTo(ApplicationStatus.AWARDED);
            assertThat(a.awarded).isEqualTo(ASKED);
            assertThat(a.awardAccountId).isEqualTo(AWARD_ACCOUNT);
            assertThat(a.reportDueAt).isEqualTo(NOW.plus(REPORT_PERIOD));
            assertThat(a.isAwarded()).isTrue();
        }

        @Test
        void aWaitingOrReviewedApplicationIsAwarded() {
            Application w = waitlistedApplication();
            w.award(AWARD_ACCOUNT, true, REPORT_PERIOD, NOW);
            assertThat(w.status).isEqualTo(ApplicationStatus.AWARDED);
            Application r = underReviewApplication();
            r.approve(GOOD_SCORE, null, "coordinator", NOW);
            r.award(AWARD_ACCOUNT, true, REPORT_PERIOD, NOW);
            assertThat(r.status).isEqualTo(ApplicationStatus.AWARDED);
        }

        @Test
        void anUncheckedOrEndedApplicationIsNotAwarded() {
            conflict(() -> submittedApplication().award(AWARD_ACCOUNT, true, REPORT_PERIOD, NOW), "application_not_awardable");
            conflict(() -> refusedApplication().award(AWARD_ACCOUNT, true, REPORT_PERIOD, NOW), "application_not_awardable");
            conflict(() -> awardedApplication().award(AWARD_ACCOUNT, true, REPORT_PERIOD, NOW), "application_not_awardable");
        }

        @Test
        void theWaitingListIsJoinedOnce() {
            Application a = passedApplication();
            assertThat(a.waitlist(NOW)).isTrue();
            assertThat(a.status).isEqualTo(ApplicationStatus.WAITLISTED);
            assertThat(a.waitlist(NOW)).isFalse();
            conflict(() -> awardedApplication().waitlist(NOW), "application_not_submitted");
        }

        @Test
        void aWaitingApplicationIsRefusedAtTheCap() {
            Application a = waitlistedApplication();
            a.refuse(List.of(new Application.Refusal(ThirdPartyCap.CODE, "above")), NOW);
            assertThat(a.status).isEqualTo(ApplicationStatus.REFUSED);
            conflict(() -> awardedApplication().refuse(List.of(), NOW), "application_decided");
        }
    }

    @Nested
    class Report {

        @Test
        void anAwardReports() {
            Application a = reportedApplication();
            assertThat(a.status).isEqualTo(ApplicationStatus.REPORTED);
            assertThat(a.reportProof).isEqualTo("doc-1");
            assertThat(a.reportedAt).isEqualTo(NOW);
        }

        @Test
        void anOverdueOrRejectedReportIsSentAgain() {
            Application overdue = awardedApplication();
            assertThat(overdue.markOverdue(NOW)).isTrue();
            overdue.report("Late", "doc", TODAY, NOW);
            assertThat(overdue.status).isEqualTo(ApplicationStatus.REPORTED);
            Application rejected = reportRejectedApplication();
            rejected.report("Again", "doc-2", TODAY, NOW);
            assertThat(rejected.status).isEqualTo(ApplicationStatus.REPORTED);
        }

        @Test
        void noReportBeforeTheAwardOrTwice() {
            conflict(() -> passedApplication().report("r", "p", TODAY, NOW), "report_not_expected");
            conflict(() -> reportedApplication().report("r", "p", TODAY, NOW), "report_not_expected");
        }

        @Test
        void aVisitorReportsFromTheVisitsLastDay() {
            Application a = awardedExchange();
            conflict(() -> a.report("r", "p", a.stayTo.minusDays(1), NOW), "visit_not_ended");
            a.report("r", "p", a.stayTo, NOW);
            assertThat(a.status).isEqualTo(ApplicationStatus.REPORTED);
        }

        @Test
        void aReportHasTextAndProofWithinTheirLimits() {
            refused(() -> awardedApplication().report(null, "p", TODAY, NOW), DomainException.Kind.RULE_BROKEN, "invalid_report");
            refused(() -> awardedApplication().report("r", "p".repeat(501), TODAY, NOW), DomainException.Kind.RULE_BROKEN,
                    "invalid_report");
        }

        @Test
        void theDeadlineMarksAnAwaitedReportOverdueOnce() {
            Application a = awardedApplication();
            assertThat(a.markOverdue(NOW)).isTrue();
            assertThat(a.status).isEqualTo(ApplicationStatus.OVERDUE);
            assertThat(a.markOverdue(NOW)).isFalse();
            assertThat(reportedApplication().markOverdue(NOW)).isFalse();
        }
    }

    @Nested
    class Verification {

        @Test
        void anAcceptedReportClosesWithTheBalance() {
            Application a = closedApplication();
            assertThat(a.status).isEqualTo(ApplicationStatus.CLOSED);
            assertThat(a.close(NOW)).isFalse();
        }

        @Test
        void rejectedOnceMayBeResubmittedThenFails() {
            Application a = reportedApplication();
            assertThat(a.rejectReport("no proof", NOW)).isTrue();
            assertThat(a.status).isEqualTo(ApplicationStatus.REPORT_REJECTED);
            a.report("again", "doc-2", TODAY, NOW);
            assertThat(a.rejectReport("still no proof", NOW)).isFalse();
            assertThat(a.status).isEqualTo(ApplicationStatus.REPORT_FAILED);
            assertThat(a.reportRejections).isEqualTo(Application.REPORT_REJECTIONS_TO_FAIL);
        }

        @Test
        void onlyAPendingReportIsVerified() {
            conflict(() -> awardedApplication().acceptReport(null), "report_not_pending");
            conflict(() -> reportRejectedApplication().rejectReport(null, NOW), "report_not_pending");
            conflict(() -> awardedApplication().close(NOW), "report_not_pending");
        }

        @Test
        void aReasonIsAtMost500Characters() {
            refused(() -> reportedApplication().rejectReport("r".repeat(501), NOW), DomainException.Kind.RULE_BROKEN,
                    "invalid_verification");
        }

        @Test
        void anExchangeReportIsAcceptedOnceTheHostConfirmed() {
            Application a = awardedExchange();
            a.report("r", "p", a.stayTo, NOW);
            conflict(() -> a.acceptReport(null), "host_confirmation_required");
            a.confirmHost("host", a.stayTo, NOW);
            a.acceptReport(null);
            assertThat(a.close(NOW)).isTrue();
        }
    }

    @Nested
    class HostConfirmation {

        @Test
        void theHostConfirmsOnceFromTheVisitsFirstDay() {
            Application a = awardedExchange();
            conflict(() -> a.confirmHost("host", a.stayFrom.minusDays(1), NOW), "visit_not_started");
            assertThat(a.confirmHost("host", a.stayFrom, NOW)).isTrue();
            assertThat(a.hostConfirmedBy).isEqualTo("host");
            assertThat(a.confirmHost("other", a.stayFrom, NOW)).isFalse();
            assertThat(a.hostConfirmedBy).isEqualTo("host");
        }

        @Test
        void onlyAnAwardedVisitIsConfirmed() {
            Application a = exchangeApplication();
            a.submit(NOW);
            conflict(() -> a.confirmHost("host", a.stayTo, NOW), "application_not_awarded");
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void anOpenApplicationOrAnAwardIsWithdrawnOnce() {
            Application a = awardedApplication();
            assertThat(a.withdraw(NOW)).isTrue();
            assertThat(a.status).isEqualTo(ApplicationStatus.WITHDRAWN);
            assertThat(a.withdraw(NOW)).isFalse();
            assertThat(underReviewApplication().withdraw(NOW)).isTrue();
        }

        @Test
        void anEndedApplicationIsNotWithdrawn() {
            conflict(() -> refusedApplication().withdraw(NOW), "application_ended");
            conflict(() -> closedApplication().withdraw(NOW), "application_ended");
            Application rejected = underReviewApplication();
            rejected.reject(null, null, "coordinator", NOW);
            conflict(() -> rejected.withdraw(NOW), "application_ended");
        }
    }

    private static Application awardedExchange() {
        Application a = exchangeApplication();
        a.submit(NOW);
        a.assess(passed(Money.eur("550.00")), Selection.FIRST_COME_FIRST_SERVED, NOW);
        a.award(AWARD_ACCOUNT, true, REPORT_PERIOD, NOW);
        return a;
    }
}
