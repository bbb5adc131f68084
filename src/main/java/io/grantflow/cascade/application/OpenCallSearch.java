package io.grantflow.cascade.application;

import io.grantflow.shared.problem.Violations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text search over open calls, as PostgreSQL full-text search runs it: the words of the text (letters and
 * digits; everything else separates them), lower-cased, each required (AND); a word of
 * {@value #PREFIX_FROM} characters or more also matches the longer words it begins ("voucher" finds
 * "vouchers", "internation" finds "internationalisation"), a shorter one ("AI", "5G") only itself. The search
 * configuration {@code grantflow.search} ({@code simple}, so no language's stemming or stop words, with
 * {@code unaccent} where the server has it) treats the query like the documents: "energie" and "énergie",
 * "forderung" and "Förderung" find each other.
 * <p>
 * The index finds a prefix slowly (it gathers every word the prefix begins, then intersects them one by one),
 * so before searching, each prefix is replaced by the words of the open calls it begins, looked up in the list
 * of words the open calls use ({@code open_call_search_word}, kept by a trigger): "voucher" becomes
 * {@code 'voucher' | 'vouchers'}, which the index intersects with the other words while skipping ahead. A
 * prefix that begins more than {@value #MOST_WORDS_PER_PREFIX} words, or none that the list knows, stays a
 * prefix, so the list only speeds the search up and never changes what it finds ({@link #indexQuery}). The
 * ranking keeps the prefixes ({@link #tsquery}).
 */
public record OpenCallSearch(String text, String tsquery) {

    /** The longest text a search takes. */
    public static final int MAX_LENGTH = 200;
    /** The most words a search takes. */
    public static final int MAX_WORDS = 12;
    /** Words this long or longer match by prefix. */
    public static final int PREFIX_FROM = 3;

    /** A prefix that begins more words than this stays a prefix in the index's query. */
    public static final int MOST_WORDS_PER_PREFIX = 50;

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The words of {@code text} as the search takes them: lower-cased, in order, each once. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String w : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !words.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * The search for {@code text}, or null when it has no word to search. The tsquery holds only letters,
     * digits and its own operators, so no user input reaches the query syntax.
     */
    public static OpenCallSearch of(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        return new OpenCallSearch(text.trim(), String.join(" & ", words.stream().map(OpenCallSearch::term).toList()));
    }

    /**
     * The search a query parameter {@code text} asks for (null: none), with its limits checked: a text longer
     * than {@value #MAX_LENGTH} characters or of more than {@value #MAX_WORDS} words is added to {@code v}.
     * The API and the open-calls page read the parameter through this one rule.
     */
    public static OpenCallSearch read(String text, Violations v) {
        if (text != null && text.length() > MAX_LENGTH) {
            v.add("text", "invalid_query_parameter", "text has at most " + MAX_LENGTH + " characters");
            return null;
        }
        if (words(text).size() > MAX_WORDS) {
            v.add("text", "invalid_query_parameter", "text has at most " + MAX_WORDS + " words");
            return null;
        }
        return of(text);
    }

    /**
     * One word of the search as the search configuration writes it ({@code word}: lower-case, without accents
     * where the server has {@code unaccent}; null when the configuration makes it other than one word) and the
     * words of the open calls that it begins, in order, at most {@value #MOST_WORDS_PER_PREFIX} + 1.
     */
    public record Known(String word, List<String> begun) {
        public Known {
            begun = begun == null ? List.of() : List.copyOf(begun);
        }
    }

    /**
     * The query the index runs, in two parts joined by AND: {@code begun}, the prefixes replaced by the words of
     * the open calls they begin ({@code known}, one per word of {@link #words}, in the same order), already
     * written as the configuration writes them (cast to a tsquery as they are); and {@code rest}, the other
     * words as {@link #tsquery} has them (read by {@code to_tsquery} with the configuration): short words, and
     * prefixes whose words are unknown or too many or that the configuration writes as other than one word.
     * Either part may be null, not both.
     */
    public IndexQuery indexQuery(List<Known> known) {
        List<String> words = words(text);
        if (known.size() != words.size()) {
            throw new IllegalArgumentException(known.size() + " looked-up words for " + words.size() + " words");
        }
        List<String> begun = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Known k = known.get(i);
            boolean prefix = w.codePointCount(0, w.length()) >= PREFIX_FROM;
            if (!prefix || k.word() == null || k.word().isEmpty() || k.word().contains(" ") || k.begun().isEmpty()
                    || k.begun().size() > MOST_WORDS_PER_PREFIX
                    || !k.begun().stream().allMatch(b -> b.startsWith(k.word()))) {
                rest.add(term(w));
            } else if (k.begun().size() == 1) {
                begun.add(quoted(k.begun().get(0)));
            } else {
                begun.add("(" + String.join(" | ", k.begun().stream().map(OpenCallSearch::quoted).toList()) + ")");
            }
        }
        return new IndexQuery(begun.isEmpty() ? null : String.join(" & ", begun),
                rest.isEmpty() ? null : String.join(" & ", rest));
    }

    /** The two parts of the index's query ({@link #indexQuery}). */
    public record IndexQuery(String begun, String rest) {
    }

    private static String term(String word) {
        return "'" + word + "'" + (word.codePointCount(0, word.length()) >= PREFIX_FROM ? ":*" : "");
    }

    /** A word of the open calls as a quoted tsquery term: it may hold any character the parser keeps. */
    static String quoted(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
