package io.grantflow.cascade.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenCallSearchQueryTest {

    @Test
    void theWordsAreLetterAndDigitRunsEachOnceInLowerCase() {
        assertThat(OpenCallSearch.words("Trade-fairs, B2B & trade missions!")).containsExactly("trade", "fairs", "b2b",
                "missions");
        assertThat(OpenCallSearch.words("l'Économie sociale")).containsExactly("l", "économie", "sociale");
        assertThat(OpenCallSearch.words("  ")).isEmpty();
        assertThat(OpenCallSearch.words(null)).isEmpty();
    }

    @Test
    void everyWordIsRequiredAndLongWordsAlsoMatchAsAPrefix() {
        assertThat(OpenCallSearch.of("Förderung 5G AI messe").tsquery())
                .isEqualTo("'förderung':* & '5g' & 'ai' & 'messe':*");
        assertThat(OpenCallSearch.of(" Économie ").text()).isEqualTo("Économie");
    }

    @Test
    void nothingOfTheQuerySyntaxPassesThrough() {
        OpenCallSearch s = OpenCallSearch.of("a' | b:* & !c <-> (d)");
        assertThat(s.tsquery()).isEqualTo("'a' & 'b' & 'c' & 'd'");
        assertThat(OpenCallSearch.of("'&|!():*")).isNull();
    }
}
