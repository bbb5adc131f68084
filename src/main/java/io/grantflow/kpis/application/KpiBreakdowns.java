package io.grantflow.kpis.application;

import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.organisations.domain.OrganisationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The breakdowns of the indicators computed from the data, over the grants of a scope ({@link KpiService}):
 * <ul>
 *   <li>organisations supported by type: the grants' beneficiaries and the third parties holding an award, each
 *   organisation counted once under its type; a claimed type (cluster, business network, business-support or
 *   research organisation, public body, other) counts once an officer validated it, until then under
 *   {@value #TYPE_NOT_VALIDATED};</li>
 *   <li>SMEs from other regions: a supported SME counts when no beneficiary of its grant is in its place, where two
 *   organisations are in the same place when they are in the same country and, if both gave their NUTS 2 region,
 *   in the same region; counted per region (the NUTS 2 code, or the country where the SME gave none);</li>
 *   <li>the entrepreneur profile: supported SMEs whose application to an open call collecting it answered yes, per
 *   answer, beside how many supported SMEs were asked.</li>
 * </ul>
 */
@ApplicationScoped
public class KpiBreakdowns {

    /** Where an organisation whose claimed type is not validated yet is counted. */
    public static final String TYPE_NOT_VALIDATED = "TYPE_NOT_VALIDATED";
    /** The answers of the entrepreneur profile, as the KPIs name them. */
    public static final List<String> PROFILE = List.of("YOUNG_ENTREPRENEUR", "NEW_BUSINESS", "FEMALE_LED");

    private static final String AWARDED_STATES = ApplicationStatus.AWARDED_STATES.stream()
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    private static final String CLAIMS = Arrays.stream(OrganisationType.values()).filter(OrganisationType::isClaim)
            .map(t -> "'" + t.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    @Inject
    EntityManager em;

    /** The breakdowns; {@code grants} is the scope's {@code with grants as (...)} clause (ids only, no user text). */
    Breakdowns compute(String grants) {
        String awarded = grants + ", awarded as (select a.organisation_id, a.grant_id, a.young_entrepreneur, "
                + "a.new_business, a.female_led, oc.collects_entrepreneur_profile, coalesce(a.awarded_as_sme, false) as sme from grantflow.application a "
                + "join grants g on g.id = a.grant_id join grantflow.open_call oc on oc.id = a.open_call_id "
                + "where a.status in " + AWARDED_STATES + ") ";
        Map<String, Long> byType = counts(awarded + ", supported as (select unnest(g.beneficiaries) as organisation_id "
                + "from grants g union select organisation_id from awarded) "
                + "select case when o.type in " + CLAIMS + " and o.validated_at is null then '" + TYPE_NOT_VALIDATED
                + "' else o.type end, count(*) from supported s join grantflow.organisation o on o.id = s.organisation_id "
                + "group by 1");
        Map<String, Long> byRegion = counts(awarded + "select coalesce(o.region, o.country), count(distinct a.organisation_id) "
                + "from awarded a join grants g on g.id = a.grant_id join grantflow.organisation o on o.id = a.organisation_id "
                + "where a.sme and not exists (select 1 from grantflow.organisation b where b.id = any(g.beneficiaries) "
                + "and b.country = o.country and (b.region is null or o.region is null or b.region = o.region)) group by 1");
        Object[] profile = (Object[]) em.createNativeQuery(awarded + "select "
                + "count(distinct organisation_id) filter (where collects_entrepreneur_profile), "
                + "count(distinct organisation_id) filter (where collects_entrepreneur_profile and young_entrepreneur), "
                + "count(distinct organisation_id) filter (where collects_entrepreneur_profile and new_business), "
                + "count(distinct organisation_id) filter (where collects_entrepreneur_profile and female_led) from awarded where sme")
                .getSingleResult();
        Map<String, Long> byProfile = new LinkedHashMap<>();
        for (int i = 0; i < PROFILE.size(); i++) {
            byProfile.put(PROFILE.get(i), ((Number) profile[i + 1]).longValue());
        }
        return new Breakdowns(byType, byRegion.values().stream().mapToLong(Long::longValue).sum(), byRegion,
                ((Number) profile[0]).longValue(), byProfile);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> counts(String sql) {
        Map<String, Long> out = new TreeMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(sql).getResultList()) {
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }

    /** The breakdowns of a scope, as {@link io.grantflow.kpis.api.KpiView.Computed} shows them. */
    record Breakdowns(Map<String, Long> organisationsSupportedByType, long smesFromOtherRegions,
                      Map<String, Long> smesFromOtherRegionsByRegion, long smesAskedForProfile,
                      Map<String, Long> smesSupportedByProfile) {
    }
}
