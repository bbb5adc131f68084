package io.grantflow.cascade.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;

/**
 * The words the open calls use ({@code open_call_search_word}, kept by a trigger on {@code open_call}), looked up
 * for a search in one statement: each word of the search as the configuration writes it, and the words of the
 * open calls it begins ({@link OpenCallSearch.Known}).
 */
@ApplicationScoped
class OpenCallSearchWords {

    // chr(1114111) is the highest character: in the "C" collation every word beginning with p lies in [p, p || it)
    private static final String LOOKUP = """
            select w.n, norm.word, l.word
              from unnest(string_to_array(cast(:words as text), ' ')) with ordinality as w(typed, n)
             cross join lateral (select array_to_string(tsvector_to_array(
                                        to_tsvector(cast('grantflow.search' as regconfig), w.typed)), ' ') as word) norm
              left join lateral (select distinct s.word from grantflow.open_call_search_word s
                                  where s.word >= norm.word collate "C"
                                    and s.word < (norm.word || chr(1114111)) collate "C"
                                  order by s.word limit :most) l on true
             order by w.n, l.word
            """;

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    List<OpenCallSearch.Known> lookUp(OpenCallSearch search) {
        List<String> words = OpenCallSearch.words(search.text());
        List<Object[]> rows = em.createNativeQuery(LOOKUP)
                .setParameter("words", String.join(" ", words))
                .setParameter("most", OpenCallSearch.MOST_WORDS_PER_PREFIX + 1)
                .getResultList();
        List<String> normalised = new ArrayList<>();
        List<List<String>> begun = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            normalised.add(null);
            begun.add(new ArrayList<>());
        }
        for (Object[] r : rows) {
            int n = ((Number) r[0]).intValue() - 1;
            normalised.set(n, (String) r[1]);
            if (r[2] != null) {
                begun.get(n).add((String) r[2]);
            }
        }
        List<OpenCallSearch.Known> known = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            known.add(new OpenCallSearch.Known(normalised.get(i), begun.get(i)));
        }
        return known;
    }
}
