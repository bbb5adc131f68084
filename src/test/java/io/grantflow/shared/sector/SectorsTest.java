package io.grantflow.shared.sector;

import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SectorsTest {

    private static List<String> sectorProblems(List<String> codes) {
        Violations v = new Violations();
        Sectors.check(codes, "sectors", v);
        return v.list().stream().map(x -> x.field() + ":" + x.code()).toList();
    }

    private static List<String> valueChainProblems(List<String> keywords) {
        Violations v = new Violations();
        Sectors.checkValueChains(keywords, "valueChains", v);
        return v.list().stream().map(x -> x.field() + ":" + x.code()).toList();
    }

    @Test
    void theSectorsAreTheFourteenIndustrialEcosystems() {
        assertThat(Sectors.codes()).hasSize(14).startsWith("AEROSPACE_DEFENCE").contains("TOURISM", "TEXTILES",
                "CULTURAL_CREATIVE_INDUSTRIES", "PROXIMITY_SOCIAL_ECONOMY", "RENEWABLE_ENERGY");
        assertThat(Ecosystem.MOBILITY_TRANSPORT_AUTOMOTIVE.label()).isEqualTo("Mobility, transport and automotive");
        assertThat(Arrays.stream(Ecosystem.values()).map(Ecosystem::label)).doesNotHaveDuplicates().allMatch(l -> !l.isBlank());
    }

    @Test
    void everyUnknownOrRepeatedCodeIsReportedAtItsIndex() {
        assertThat(sectorProblems(List.of("TOURISM", "DIGITAL"))).isEmpty();
        assertThat(sectorProblems(null)).isEmpty();
        assertThat(sectorProblems(Arrays.asList("HYDROGEN", "tourism", null, "TOURISM", "TOURISM")))
                .containsExactly("sectors[0]:unknown_sector", "sectors[1]:unknown_sector", "sectors[2]:unknown_sector",
                        "sectors[4]:duplicate_sector");
    }

    @Test
    void theMessageOfAnUnknownCodeNamesEverySector() {
        Violations v = new Violations();
        Sectors.checkOne("WATER", "sector", v);
        Sectors.checkOne(null, "sector", v);
        Sectors.checkOne("RETAIL", "sector", v);
        assertThat(v.list()).extracting(Violation::code).containsExactly("unknown_sector");
        assertThat(v.list().get(0).message()).contains("'WATER'").contains(String.join(", ", Sectors.codes()));
    }

    @Test
    void valueChainsAreFreeKeywordsEachOnceAndBounded() {
        assertThat(valueChainProblems(List.of("hydrogen", "furniture and living", "water", "polymers and recycling",
                "logistics"))).isEmpty();
        assertThat(valueChainProblems(Arrays.asList("Water", " water ", "", null, "x".repeat(81), "y".repeat(80))))
                .containsExactly("valueChains[1]:duplicate_value_chain", "valueChains[2]:required",
                        "valueChains[3]:required", "valueChains[4]:too_long");
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= Sectors.MAX_VALUE_CHAINS; i++) {
            many.add("keyword " + i);
        }
        assertThat(valueChainProblems(many)).containsExactly("valueChains:too_many_value_chains");
        assertThat(Sectors.valueChains(List.of(" water ", "logistics"))).containsExactly("water", "logistics");
        assertThat(Sectors.valueChains(null)).isEmpty();
        assertThat(Sectors.codes(Collections.emptyList())).isEmpty();
    }
}
