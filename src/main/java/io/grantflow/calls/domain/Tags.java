package io.grantflow.calls.domain;

import io.grantflow.shared.sector.Ecosystem;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The tags that describe what a call, a proposal or an expert is about: the codes of the sectors
 * ({@link Ecosystem}, the industrial ecosystems) and the {@link Activity} kinds. One list, so that a
 * proposal's tags, its call's sectors and an expert's expertise can be matched.
 */
public final class Tags {

    /** Every allowed tag: the sectors, then the activities, in their declared order. */
    public static final Set<String> ALLOWED = Stream.concat(Stream.of(Ecosystem.values()).map(Enum::name),
            Stream.of(Activity.values()).map(Enum::name)).collect(Collectors.toCollection(LinkedHashSet::new));

    private Tags() {
    }

    public static boolean isKnown(String tag) {
        return tag != null && ALLOWED.contains(tag);
    }

    /** The message of an unknown tag, naming the allowed ones. */
    public static String unknown(String tag) {
        return "'" + tag + "' is not a sector or activity; allowed: " + String.join(", ", ALLOWED);
    }
}
