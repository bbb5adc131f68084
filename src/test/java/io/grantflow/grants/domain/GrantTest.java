package io.grantflow.grants.domain;

import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.text.TextLimits;
import org.junit.jupiter.api.Test;

import static io.grantflow.grants.domain.GrantFixture.COORDINATOR_MEMBER;
import static io.grantflow.grants.domain.GrantFixture.ENVELOPE_ACCOUNT;
import static io.grantflow.grants.domain.GrantFixture.LATER;
import static io.grantflow.grants.domain.GrantFixture.OFFICER;
import static io.grantflow.grants.domain.GrantFixture.PRE_FINANCING_ORDER;
import static io.grantflow.grants.domain.GrantFixture.declinedGrant;
import static io.grantflow.grants.domain.GrantFixture.offeredGrant;
import static io.grantflow.grants.domain.GrantFixture.signedGrant;
import static io.grantflow.grants.domain.GrantFixture.terminatedGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every transition of a grant: offered, then signed or declined; a signed grant terminated. */
class GrantTest {

    @Test
    void theAwardOffersAGrant() {
        Grant g = offeredGrant();
        assertThat(g.status).isEqualTo(GrantStatus.OFFERED);
        assertThat(g.is(GrantStatus.OFFERED)).isTrue();
        assertThat(g.offeredBy).isEqualTo(OFFICER);
        assertThat(g.beneficiaries).containsExactly(100L, 101L, 102L);
    }

    @Test
    void theCoordinatorSignsAnOffer() {
        Grant g = offeredGrant();
        g.sign(COORDINATOR_MEMBER, ENVELOPE_ACCOUNT, PRE_FINANCING_ORDER, java.util.List.of(), null, LATER);
        assertThat(g.status).isEqualTo(GrantStatus.SIGNED);
        assertThat(g.signedBy).isEqualTo(COORDINATOR_MEMBER);
        assertThat(g.signedAt).isEqualTo(LATER);
        assertThat(g.envelopeAccountId).isEqualTo(ENVELOPE_ACCOUNT);
        assertThat(g.preFinancingOrderId).isEqualTo(PRE_FINANCING_ORDER);
    }

    @Test
    void onlyAnOfferIsSignedOrDeclined() {
        for (Grant g : new Grant[] {signedGrant(), declinedGrant(), terminatedGrant()}) {
            GrantStatus before = g.status;
            DomainException signing = catchThrowableOfType(DomainException.class,
                    () -> g.sign(COORDINATOR_MEMBER, null, null, java.util.List.of(), null, LATER));
            assertThat(signing.kind()).isEqualTo(DomainException.Kind.CONFLICT);
            assertThat(signing.code()).isEqualTo("grant_not_offered");
            assertThatThrownBy(() -> g.decline(COORDINATOR_MEMBER, null, LATER))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("grant_not_offered"));
            assertThatThrownBy(g::requireOffered).isInstanceOf(DomainException.class);
            assertThat(g.status).isEqualTo(before);
        }
    }

    @Test
    void theCoordinatorDeclinesAnOfferWithAReasonOrNone() {
        Grant g = offeredGrant();
        g.decline(COORDINATOR_MEMBER, "the consortium broke up", LATER);
        assertThat(g.status).isEqualTo(GrantStatus.DECLINED);
        assertThat(g.endedBy).isEqualTo(COORDINATOR_MEMBER);
        assertThat(g.endReason).isEqualTo("the consortium broke up");
        assertThat(g.endedAt).isEqualTo(LATER);

        Grant silent = offeredGrant();
        silent.decline(COORDINATOR_MEMBER, null, LATER);
        assertThat(silent.status).isEqualTo(GrantStatus.DECLINED);
        assertThat(silent.endReason).isNull();
    }

    @Test
    void aReasonHasAtMostTheLimit() {
        Grant g = offeredGrant();
        DomainException e = catchThrowableOfType(DomainException.class,
                () -> g.decline(COORDINATOR_MEMBER, "x".repeat(TextLimits.REASON + 1), LATER));
        assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_BROKEN);
        assertThat(e.code()).isEqualTo("invalid_decision");
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("reason");
            assertThat(v.code()).isEqualTo("too_long");
        });
        assertThat(g.status).isEqualTo(GrantStatus.OFFERED);

        g.decline(COORDINATOR_MEMBER, "x".repeat(TextLimits.REASON), LATER);
        assertThat(g.status).isEqualTo(GrantStatus.DECLINED);
    }

    @Test
    void anOfficerTerminatesASignedGrantWithNothingPending() {
        Grant g = signedGrant();
        g.terminate(OFFICER, "no progress", 0, LATER);
        assertThat(g.status).isEqualTo(GrantStatus.TERMINATED);
        assertThat(g.endedBy).isEqualTo(OFFICER);
        assertThat(g.endReason).isEqualTo("no progress");
    }

    @Test
    void onlyASignedGrantIsTerminated() {
        for (Grant g : new Grant[] {offeredGrant(), declinedGrant(), terminatedGrant()}) {
            GrantStatus before = g.status;
            // the state is reported before pending payments and before the reason
            assertThatThrownBy(() -> g.terminate(OFFICER, "x".repeat(TextLimits.REASON + 1), 3, LATER))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                        assertThat(e.code()).isEqualTo("grant_not_signed");
                    });
            assertThat(g.status).isEqualTo(before);
        }
    }

    @Test
    void aGrantWithPendingPaymentOrdersIsNotTerminated() {
        Grant g = signedGrant();
        assertThatThrownBy(() -> g.terminate(OFFICER, "x".repeat(TextLimits.REASON + 1), 2, LATER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("payments_pending");
                    assertThat(e.getMessage()).startsWith("2 payment order(s)");
                });
        assertThat(g.status).isEqualTo(GrantStatus.SIGNED);
    }

    @Test
    void aSignedOrTerminatedGrantHasRun() {
        assertThat(offeredGrant().hasBeenSigned()).isFalse();
        assertThat(declinedGrant().hasBeenSigned()).isFalse();
        assertThat(signedGrant().hasBeenSigned()).isTrue();
        assertThat(terminatedGrant().hasBeenSigned()).isTrue();
    }

    @Test
    void theTrajectoryIsTheGrants() {
        SmeShareTrajectory t = signedGrant().smeShareTrajectory();
        assertThat(t.maxContribution()).isEqualTo(GrantFixture.MAX_CONTRIBUTION);
        assertThat(t.minSmeShare()).isEqualByComparingTo("30");
    }
}
