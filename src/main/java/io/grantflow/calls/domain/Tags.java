package io.grantflow.calls.domain;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The tags that describe what a call, a proposal or an expert is about: the names of the
 * {@link ValueChain}s and the {@link Activity} kinds. One list, so that a proposal's tags and an
 * expert's expertise can be matched.
 */
public final class Tags {

    /** Every allowed tag: the value chains, then the activities, in their declared order. */
    public static final Set<String> ALLOWED = Stream.concat(Stream.of(ValueChain.values()).map(Enum::name),
            Stream.of(Activity.values()).map(Enum::name)).collect(java.util.stream.Collectors.toCollection(
            LinkedHashSet::new));

    private Tags() {
    }

    public static boolean isKnown(String tag) {
        return tag != null && ALLOWED.contains(tag);
    }

    /** The message of an unknown tag, naming the allowed ones. */
    public static String unknown(String tag) {
        return "'" + tag + "' is not a value chain or activity; allowed: " + String.join(", ", ALLOWED);
    }
}
