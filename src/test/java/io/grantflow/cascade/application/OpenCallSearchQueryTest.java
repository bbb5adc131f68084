package io.grantflow.cascade.application;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

    @Test
    void theIndexIsGivenTheWordsAPrefixBeginsAndTheRankingThePrefixes() {
        OpenCallSearch s = OpenCallSearch.of("Voucher économie AI");
        OpenCallSearch.IndexQuery q = s.indexQuery(List.of(
                new OpenCallSearch.Known("voucher", List.of("voucher", "vouchers")),
                new OpenCallSearch.Known("economie", List.of("economie")),
                new OpenCallSearch.Known("ai", List.of("ai", "aid"))));
        assertThat(q.begun()).isEqualTo("('voucher' | 'vouchers') & 'economie'");
        assertThat(q.rest()).isEqualTo("'ai'"); // a short word matches only itself, as before
        assertThat(s.tsquery()).isEqualTo("'voucher':* & 'économie':* & 'ai'");
    }

    @Test
    void aPrefixStaysAPrefixWhenItsWordsAreUnknownTooManyOrNotOneWord() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= OpenCallSearch.MOST_WORDS_PER_PREFIX; i++) {
            many.add("export" + i);
        }
        OpenCallSearch s = OpenCallSearch.of("zeppelin export x2y mobil");
        OpenCallSearch.IndexQuery q = s.indexQuery(List.of(
                new OpenCallSearch.Known("zeppelin", Collections.emptyList()),
                new OpenCallSearch.Known("export", many),
                new OpenCallSearch.Known("x 2y", List.of("x")),
                new OpenCallSearch.Known("mobil", List.of("automobile")))); // not a word it begins: not trusted
        assertThat(q.begun()).isNull();
        assertThat(q.rest()).isEqualTo("'zeppelin':* & 'export':* & 'x2y':* & 'mobil':*");

        many.remove(0);
        assertThat(OpenCallSearch.of("export").indexQuery(List.of(new OpenCallSearch.Known("export", many))).begun())
                .startsWith("('export1' | 'export2' | ").endsWith(" | 'export50')");
    }

    @Test
    void aWordOfTheOpenCallsIsQuotedWhateverItHolds() {
        assertThat(OpenCallSearch.quoted("o'neill")).isEqualTo("'o''neill'");
        assertThat(OpenCallSearch.quoted("a\\b")).isEqualTo("'a\\\\b'");
        assertThat(OpenCallSearch.quoted("example.com/x")).isEqualTo("'example.com/x'");
    }

    @Test
    void theLookedUpWordsMatchTheSearchsWords() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OpenCallSearch.of("a b").indexQuery(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
