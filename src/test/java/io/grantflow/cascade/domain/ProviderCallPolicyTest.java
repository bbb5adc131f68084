package io.grantflow.cascade.domain;

import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.grantflow.cascade.domain.OpenCallFixture.CLOSES;
import static io.grantflow.cascade.domain.OpenCallFixture.OPENS;
import static io.grantflow.cascade.domain.OpenCallFixture.THIRD_PARTY_CAP;
import static io.grantflow.cascade.domain.OpenCallFixture.euroclustersDefinition;
import static org.assertj.core.api.Assertions.assertThat;

/** A provider call's definition, and an open call in kind by days: every violation at once. */
class ProviderCallPolicyTest {

    @Test
    void aCompleteProviderCallPassesAndEveryProblemIsReported() {
        assertThat(ProviderCallPolicy.check(new ProviderCallDefinition("Coaches", null, ServiceKind.COACHING,
                Money.eur("800.00"), null, Selection.EVALUATED, OPENS, CLOSES))).isEmpty();
        List<String> codes = ProviderCallPolicy.check(new ProviderCallDefinition(null, null, null, Money.eur("0.00"),
                        List.of(OrganisationType.SME, OrganisationType.SME), null, CLOSES, OPENS)).stream()
                .map(v -> v.field() + ":" + v.code()).toList();
        assertThat(codes).containsExactly("title:required", "service:required", "maxDayRate:must_be_positive",
                "providerTypes[1]:duplicate_provider_type", "selection:required", "closesAt:closes_before_opening");
    }

    private static OpenCallDefinition inKind(TypeOfSupport type, Instrument instrument, BigDecimal firstTranche,
                                             boolean waitlist, OpenCallDefinition.InKind inKind) {
        OpenCallDefinition d = euroclustersDefinition();
        return new OpenCallDefinition(d.title(), d.description(), instrument, d.budget(), null, null, d.maxAmount(),
                d.eligibleCountries(), d.sectors(), d.selection(), waitlist, d.opensAt(), d.closesAt(), firstTranche,
                d.reportDays(), d.reminderDaysBefore(), d.maxPerThirdParty(), d.deMinimisCheck(), d.deMinimisCap(),
                d.applicationsPerSme(), null, d.activities(), null, type, null, null, null, null, null, inKind);
    }

    @Test
    void anInKindOpenCallByDaysIsAnInKindServiceUpToAnAmountPaidOnDelivery() {
        OpenCallDefinition.InKind coaching = new OpenCallDefinition.InKind(ServiceKind.COACHING, 5);
        assertThat(OpenCallPolicy.check(inKind(TypeOfSupport.IN_KIND_SERVICE, Instrument.VOUCHER, BigDecimal.ZERO, false,
                coaching), THIRD_PARTY_CAP)).isEmpty();
        assertThat(OpenCallPolicy.check(inKind(null, Instrument.FIXED_LUMP_SUM, new BigDecimal("40"), true,
                new OpenCallDefinition.InKind(null, 0)), THIRD_PARTY_CAP)).extracting(Violation::code)
                .contains("not_in_kind", "in_kind_needs_max_amount", "required", "out_of_range", "in_kind_paid_on_delivery",
                        "waitlist_not_in_kind");
    }
}
