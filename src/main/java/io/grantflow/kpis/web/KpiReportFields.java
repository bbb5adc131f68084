package io.grantflow.kpis.web;

import jakarta.ws.rs.FormParam;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The KPI report form's fields as posted: one per {@link io.grantflow.kpis.domain.ReportedIndicator}, named by its
 * code ({@code KpiReportFieldsTest} fails when an indicator has no field here).
 */
public class KpiReportFields {
    @FormParam("key") String key;
    @FormParam("period") String period;
    @FormParam("comment") String comment;
    @FormParam("RESILIENCE_PLANS") String resiliencePlans;
    @FormParam("NEW_TO_FIRM_PRODUCTS") String newToFirmProducts;
    @FormParam("SMES_BUSINESS_PROCESS_INNOVATION") String smesBusinessProcessInnovation;
    @FormParam("CLUSTER_ORGANISATIONS_TRAINED") String clusterOrganisationsTrained;
    @FormParam("SMES_INVESTING_IN_SKILLS") String smesInvestingInSkills;
    @FormParam("COLLABORATION_AGREEMENTS_THIRD_COUNTRIES") String collaborationAgreementsThirdCountries;
    @FormParam("COMPANIES_BUSINESS_PARTNERSHIPS") String companiesBusinessPartnerships;
    @FormParam("ENTREPRENEURS_MENTORING_MOBILITY") String entrepreneursMentoringMobility;
    @FormParam("SOCIAL_MEDIA_FOLLOWERS") String socialMediaFollowers;
    @FormParam("NEWSLETTER_SUBSCRIBERS") String newsletterSubscribers;
    @FormParam("EVENT_PARTICIPANTS") String eventParticipants;

    /** The form as typed, the counts by their indicator's code (read from the fields' {@code @FormParam} names). */
    KpiReportForm form() {
        Map<String, String> values = new LinkedHashMap<>();
        for (java.lang.reflect.Field f : KpiReportFields.class.getDeclaredFields()) {
            FormParam name = f.getAnnotation(FormParam.class);
            if (name != null && !name.value().equals("period") && !name.value().equals("comment")
                    && !name.value().equals("key")) {
                try {
                    String v = (String) f.get(this);
                    if (v != null) {
                        values.put(name.value(), v);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return new KpiReportForm(key == null || key.isBlank() ? java.util.UUID.randomUUID().toString() : key, period,
                values, comment);
    }
}
