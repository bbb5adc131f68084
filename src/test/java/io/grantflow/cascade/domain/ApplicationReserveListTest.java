package io.grantflow.cascade.domain;

import org.junit.jupiter.api.Test;

import static io.grantflow.cascade.domain.ApplicationFixture.NOW;
import static io.grantflow.cascade.domain.ApplicationFixture.REPORT_PERIOD;
import static io.grantflow.cascade.domain.ApplicationFixture.awardedApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.passedApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.underReviewApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reserve list of an evaluated open call's ranking: a place while waiting, gone once decided. */
class ApplicationReserveListTest {

    @Test
    void anApplicationUnderReviewTakesItsPlaceAndKeepsWaiting() {
        Application a = underReviewApplication();
        a.placeOnReserve(2, NOW);
        assertThat(a.reservePosition).isEqualTo(2);
        assertThat(a.status).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        a.placeOnReserve(1, NOW); // a later decision moves it up
        assertThat(a.reservePosition).isEqualTo(1);
    }

    @Test
    void theAwardOrTheRejectionEndsItsPlace() {
        Application awarded = underReviewApplication();
        awarded.placeOnReserve(1, NOW);
        awarded.approve(null, "ranked #1", "coordinator", NOW);
        awarded.award(7L, true, REPORT_PERIOD, NOW);
        assertThat(awarded.reservePosition).isNull();
        Application rejected = underReviewApplication();
        rejected.placeOnReserve(1, NOW);
        rejected.reject(null, "Relevance 2.0 is below its threshold 3.0", "coordinator", NOW);
        assertThat(rejected.reservePosition).isNull();
    }

    @Test
    void onlyAnApplicationUnderReviewIsPlaced() {
        assertThatThrownBy(() -> awardedApplication().placeOnReserve(1, NOW))
                .hasMessageContaining("is AWARDED");
        assertThatThrownBy(() -> passedApplication().placeOnReserve(1, NOW))
                .hasMessageContaining("is SUBMITTED");
    }
}
