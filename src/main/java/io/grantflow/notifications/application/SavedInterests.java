package io.grantflow.notifications.application;

import io.grantflow.notifications.api.InterestsRequest;
import io.grantflow.notifications.api.InterestsView;
import io.grantflow.notifications.domain.Interests;
import io.grantflow.shared.db.SqlValues;
import io.grantflow.shared.problem.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A person's interests (table {@code notification_interest}): read, replaced whole after every problem is
 * listed, and matched against an open call that opens ({@link #matching}).
 */
@ApplicationScoped
public class SavedInterests {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SupportTypes supportTypes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public InterestsView of(String handle) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select array_to_string(countries, ','), array_to_string(sectors, ','), "
                + "array_to_string(support_types, ','), updated_at from grantflow.notification_interest where handle = ?1")
                .setParameter(1, handle).getResultList();
        if (rows.isEmpty()) {
            return new InterestsView(List.of(), List.of(), List.of(), null);
        }
        Object[] r = rows.get(0);
        return new InterestsView(split(r[0]), split(r[1]), split(r[2]), SqlValues.instant(r[3]));
    }

    /** Replaces the person's interests; refuses with every problem ({@code invalid_interests}, 422). */
    @Transactional
    public InterestsView save(String handle, InterestsRequest request) {
        Violations v = new Violations();
        Interests.check(request.countries(), request.sectors(), request.supportTypes(), supportTypes.codes(), v);
        v.throwIfAny("invalid_interests", "the interests cannot be saved");
        Interests interests = new Interests(request.countries(), request.sectors(), request.supportTypes());
        Instant now = clock.instant();
        em.createNativeQuery("insert into grantflow.notification_interest (handle, countries, sectors, support_types, "
                        + "updated_at) values (?1, cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]), ?5) "
                        + "on conflict (handle) do update set countries = excluded.countries, sectors = excluded.sectors, "
                        + "support_types = excluded.support_types, updated_at = excluded.updated_at")
                .setParameter(1, handle).setParameter(2, array(interests.countries()))
                .setParameter(3, array(interests.sectors())).setParameter(4, array(interests.supportTypes()))
                .setParameter(5, now).executeUpdate();
        return new InterestsView(interests.countries(), interests.sectors(), interests.supportTypes(), now);
    }

    /**
     * The people whose interests an open call matches ({@link Interests}): a country of theirs among the call's
     * (or the call is eligible everywhere: no countries), a sector among the call's (or it names none), its type
     * of support among theirs; each of their empty lists chooses any, and interests with nothing chosen match nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<String> matching(Collection<String> countries, Collection<String> sectors, String supportType) {
        return em.createNativeQuery("select handle from grantflow.notification_interest "
                        + "where cardinality(countries) + cardinality(sectors) + cardinality(support_types) > 0 "
                        + "and (cardinality(countries) = 0 or cardinality(cast(?1 as text[])) = 0 or countries && cast(?1 as text[])) "
                        + "and (cardinality(sectors) = 0 or cardinality(cast(?2 as text[])) = 0 or sectors && cast(?2 as text[])) "
                        + "and (cardinality(support_types) = 0 or ?3 = any(support_types)) order by handle")
                .setParameter(1, array(countries)).setParameter(2, array(sectors)).setParameter(3, supportType)
                .getResultList();
    }

    private static String[] array(Collection<String> values) {
        return values.toArray(String[]::new);
    }

    private static List<String> split(Object joined) {
        String s = (String) joined;
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }
}
