package io.grantflow.shared.sector;

import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.text.TextLimits;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one check of what organisations, calls and open calls say they are about: {@code sectors} are
 * {@link Ecosystem} codes (exactly as written, each once); {@code valueChains} are free keywords beside them
 * (e.g. "hydrogen", "furniture and living", "water"), each at most {@link TextLimits#KEYWORD} characters, at
 * most {@link #MAX_VALUE_CHAINS}, each once whatever its case. Every problem is reported, with its index.
 */
public final class Sectors {

    /** The most value-chain keywords one organisation, call or open call may carry. */
    public static final int MAX_VALUE_CHAINS = 20;

    private static final Set<String> CODES = Stream.of(Ecosystem.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private Sectors() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    /** The codes, in their declared order. */
    public static List<String> codes() {
        return Arrays.stream(Ecosystem.values()).map(Enum::name).toList();
    }

    /** The message of a code that is not a sector, naming every sector. */
    public static String unknown(String code) {
        return "'" + code + "' is not a sector; sectors are the industrial ecosystems " + String.join(", ", codes());
    }

    /** Adds {@code unknown_sector} and {@code duplicate_sector} for each offending entry of {@code codes}. */
    public static void check(List<String> codes, String field, Violations v) {
        if (codes == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String at = field + "[" + i + "]";
            if (!isKnown(code)) {
                v.add(at, "unknown_sector", unknown(code));
            } else {
                v.check(!seen.add(code), at, "duplicate_sector", code + " is listed twice");
            }
        }
    }

    /** Adds {@code unknown_sector} when {@code code} is given and is not a sector. */
    public static void checkOne(String code, String field, Violations v) {
        v.check(code != null && !isKnown(code), field, "unknown_sector", unknown(code));
    }

    /**
     * Adds {@code required} for a blank keyword, {@code too_long}, {@code duplicate_value_chain} (the same
     * keyword in another case counts too) and {@code too_many_value_chains}.
     */
    public static void checkValueChains(List<String> keywords, String field, Violations v) {
        if (keywords == null) {
            return;
        }
        v.check(keywords.size() > MAX_VALUE_CHAINS, field, "too_many_value_chains",
                "at most " + MAX_VALUE_CHAINS + " value-chain keywords");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keywords.size(); i++) {
            String keyword = keywords.get(i);
            String at = field + "[" + i + "]";
            if (keyword == null || keyword.isBlank()) {
                v.add(at, "required", "a value-chain keyword is a non-blank text");
            } else if (v.maxLength(keyword.trim(), at, TextLimits.KEYWORD)) {
                v.check(!seen.add(keyword.trim().toLowerCase(Locale.ROOT)), at, "duplicate_value_chain",
                        "'" + keyword.trim() + "' is listed twice");
            }
        }
    }

    /** The keywords as kept: trimmed (checked by {@link #checkValueChains} first); none for null. */
    public static String[] valueChains(List<String> keywords) {
        return keywords == null ? new String[0] : keywords.stream().map(String::trim).toArray(String[]::new);
    }

    /** The codes as kept; none for null. */
    public static String[] codes(List<String> codes) {
        return codes == null ? new String[0] : codes.toArray(String[]::new);
    }
}
