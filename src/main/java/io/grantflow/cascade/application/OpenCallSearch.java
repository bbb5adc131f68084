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
 */
public record OpenCallSearch(String text, String tsquery) {

    /** The longest text a search takes. */
    public static final int MAX_LENGTH = 200;
    /** The most words a search takes. */
    public static final int MAX_WORDS = 12;
    /** Words this long or longer match by prefix. */
    public static final int PREFIX_FROM = 3;

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
        List<String> terms = new ArrayList<>();
        for (String w : words) {
            terms.add("'" + w + "'" + (w.codePointCount(0, w.length()) >= PREFIX_FROM ? ":*" : ""));
        }
        return new OpenCallSearch(text.trim(), String.join(" & ", terms));
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
}
