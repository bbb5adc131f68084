package io.grantflow.cascade.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static io.grantflow.cascade.domain.TypeOfSupport.CLUSTERXCHANGE;
import static io.grantflow.cascade.domain.TypeOfSupport.IN_KIND_SERVICE;
import static io.grantflow.cascade.domain.TypeOfSupport.LUMP_SUM;
import static io.grantflow.cascade.domain.TypeOfSupport.VOUCHER;
import static org.assertj.core.api.Assertions.assertThat;

class TypeOfSupportTest {

    @Test
    void eachInstrumentGivesTheTypeUsersNameIt() {
        assertThat(TypeOfSupport.derivedFrom(Instrument.VOUCHER)).isEqualTo(VOUCHER);
        assertThat(TypeOfSupport.derivedFrom(Instrument.TRAVEL_VOUCHER)).isEqualTo(VOUCHER);
        assertThat(TypeOfSupport.derivedFrom(Instrument.FIXED_LUMP_SUM)).isEqualTo(LUMP_SUM);
        assertThat(TypeOfSupport.derivedFrom(Instrument.LUMP_SUM_UP_TO)).isEqualTo(LUMP_SUM);
        assertThat(TypeOfSupport.derivedFrom(Instrument.CLUSTERXCHANGE)).isEqualTo(CLUSTERXCHANGE);
    }

    @Test
    void onlyAnInKindServiceIsDeclaredAndOnlyWhereAnAmountIsPaid() {
        for (Instrument i : Instrument.values()) {
            assertThat(TypeOfSupport.allowedWith(i)).as(i.name()).contains(TypeOfSupport.derivedFrom(i));
            assertThat(TypeOfSupport.of(i, null)).isEqualTo(TypeOfSupport.derivedFrom(i));
        }
        assertThat(TypeOfSupport.allowedWith(Instrument.VOUCHER)).isEqualTo(EnumSet.of(VOUCHER, IN_KIND_SERVICE));
        assertThat(TypeOfSupport.allowedWith(Instrument.FIXED_LUMP_SUM)).isEqualTo(EnumSet.of(LUMP_SUM, IN_KIND_SERVICE));
        assertThat(TypeOfSupport.allowedWith(Instrument.LUMP_SUM_UP_TO)).isEqualTo(EnumSet.of(LUMP_SUM, IN_KIND_SERVICE));
        assertThat(TypeOfSupport.allowedWith(Instrument.TRAVEL_VOUCHER)).containsExactly(VOUCHER);
        assertThat(TypeOfSupport.allowedWith(Instrument.CLUSTERXCHANGE)).containsExactly(CLUSTERXCHANGE);
        assertThat(TypeOfSupport.of(Instrument.VOUCHER, IN_KIND_SERVICE)).isEqualTo(IN_KIND_SERVICE);
    }

    @Test
    void everyTypeIsDerivedOrDeclarable() {
        EnumSet<TypeOfSupport> reachable = EnumSet.noneOf(TypeOfSupport.class);
        for (Instrument i : Instrument.values()) {
            reachable.addAll(TypeOfSupport.allowedWith(i));
        }
        assertThat(reachable).isEqualTo(EnumSet.allOf(TypeOfSupport.class));
    }
}
