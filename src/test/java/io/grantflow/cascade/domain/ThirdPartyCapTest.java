package io.grantflow.cascade.domain;

import io.grantflow.shared.money.Money;
import org.junit.jupiter.api.Test;

import static io.grantflow.cascade.domain.OpenCallFixture.euroclustersOpenCall;
import static org.assertj.core.api.Assertions.assertThat;

class ThirdPartyCapTest {

    private final ThirdPartyCap cap = ThirdPartyCap.of(euroclustersOpenCall());

    @Test
    void supportUpToTheCapIsAllowed() {
        assertThat(cap.cap()).isEqualTo(Money.eur("60000.00"));
        assertThat(cap.allows(Money.eur("50000.00"), Money.eur("10000.00"))).isTrue();
        assertThat(cap.refusal("SME", Money.eur("50000.00"), Money.eur("10000.00"))).isEmpty();
    }

    @Test
    void oneCentAboveTheCapIsRefusedWithWhatIsHeld() {
        assertThat(cap.allows(Money.eur("50000.01"), Money.eur("10000.00"))).isFalse();
        assertThat(cap.refusal("Officine Verdi Srl", Money.eur("50000.01"), Money.eur("10000.00"))).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo(ThirdPartyCap.CODE).isEqualTo("above_third_party_cap");
            assertThat(r.message()).contains("Officine Verdi Srl", "EUR 60000.01", "EUR 50000.01 held", "cap of EUR 60000.00");
        });
    }

    @Test
    void anOpenCallMayLowerTheCap() {
        OpenCall lower = euroclustersOpenCall();
        lower.maxPerThirdParty = Money.eur("20000.00");
        assertThat(ThirdPartyCap.of(lower).allows(Money.eur("15000.00"), Money.eur("5000.01"))).isFalse();
    }
}
