package io.grantflow.cascade.application;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.quarkus.test.TestTransaction;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The look-up of a search's words in the list of words the open calls use, against PostgreSQL: each word as the
 * search configuration writes it (accents and capitals gone), the words it begins in order, at most one more
 * than a prefix may be replaced by. The words it adds are rolled back.
 */
@QuarkusTest
class OpenCallSearchWordsTest {

    @Inject
    OpenCallSearchWords words;

    @Inject
    DataSource dataSource;

    @Test
    @TestTransaction
    void eachWordIsWrittenAsTheConfigurationWritesItWithTheWordsItBegins() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into grantflow.open_call_search_word (word) values (?)")) {
            for (String w : List.of("qzxvouchers", "qzxvoucher", "qzxvoucher", "qzxéco", "qzxecologie", "qzxvouch")) {
                ps.setString(1, w);
                ps.executeUpdate();
            }
            for (int i = 0; i < OpenCallSearch.MOST_WORDS_PER_PREFIX + 5; i++) {
                ps.setString(1, "qzxmany" + i);
                ps.executeUpdate();
            }
        }
        List<OpenCallSearch.Known> known = words.lookUp(OpenCallSearch.of("QZXvoucher QZXÉco qzxmany qzxnothing"));

        assertThat(known).hasSize(4);
        assertThat(known.get(0)).isEqualTo(new OpenCallSearch.Known("qzxvoucher", List.of("qzxvoucher", "qzxvouchers")));
        assertThat(known.get(1).word()).as("accents go where the server has unaccent")
                .isIn("qzxeco", "qzxéco");
        assertThat(known.get(2).begun()).hasSize(OpenCallSearch.MOST_WORDS_PER_PREFIX + 1);
        assertThat(known.get(3)).isEqualTo(new OpenCallSearch.Known("qzxnothing", List.of()));

        OpenCallSearch.IndexQuery q = OpenCallSearch.of("QZXvoucher qzxmany").indexQuery(
                words.lookUp(OpenCallSearch.of("QZXvoucher qzxmany")));
        assertThat(q.begun()).isEqualTo("('qzxvoucher' | 'qzxvouchers')");
        assertThat(q.rest()).isEqualTo("'qzxmany':*");
    }
}
