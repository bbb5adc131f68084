package io.grantflow.kpis.domain;

/**
 * Indicators of the Single Market Programme and of Euroclusters that consortia report per
 * reporting period, because the data in Grantflow cannot tell them. Each is a count for the period (the
 * communication indicators too: followers and subscribers gained in it), so the periods add up.
 */
public enum ReportedIndicator {
    /** Euroclusters NETWORK: resilience / business-continuity plans. */
    RESILIENCE_PLANS,
    /** Euroclusters INNOVATE: new-to-firm products or services. */
    NEW_TO_FIRM_PRODUCTS,
    /** Euroclusters ADOPT: SMEs that undertook business-process innovation. */
    SMES_BUSINESS_PROCESS_INNOVATION,
    /** Euroclusters TRAIN: cluster organisations trained. */
    CLUSTER_ORGANISATIONS_TRAINED,
    /** Euroclusters TRAIN: SMEs investing in skills. */
    SMES_INVESTING_IN_SKILLS,
    /** Euroclusters GO INTERNATIONAL: collaboration agreements with third countries. */
    COLLABORATION_AGREEMENTS_THIRD_COUNTRIES,
    /** SMP: companies that concluded business partnerships. */
    COMPANIES_BUSINESS_PARTNERSHIPS,
    /** SMP: entrepreneurs benefiting from mentoring and mobility schemes. */
    ENTREPRENEURS_MENTORING_MOBILITY,
    /** Communication: followers the project's social-media accounts gained in the period. */
    SOCIAL_MEDIA_FOLLOWERS,
    /** Communication: new subscribers to the project's newsletter in the period. */
    NEWSLETTER_SUBSCRIBERS,
    /** Communication: participants in the project's events (online or on site) in the period. */
    EVENT_PARTICIPANTS;

    /**
     * The largest value one report may give an indicator (a count of firms, plans or people). Sums over
     * a scope add at most one value per grant and period, so a {@code long} holds more than nine
     * billion of them at this maximum; the sums are exact ({@link java.math.BigInteger}) all the same.
     */
    public static final long MAX_PER_REPORT = 1_000_000_000L;
}
