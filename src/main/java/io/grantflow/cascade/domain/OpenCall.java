package io.grantflow.cascade.domain;

import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.Criterion;
import io.grantflow.shared.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An open call of a grant's consortium for third parties, with its budget allocated from the FSTP envelope. */
@Entity
@Table(name = "open_call")
public class OpenCall extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "grant_id", nullable = false)
    public Long grantId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Instrument instrument;

    @Column(nullable = false)
    public Money budget;

    @Column(name = "fixed_amount")
    public Money fixedAmount;

    @Column(name = "min_amount")
    public Money minAmount;

    @Column(name = "max_amount")
    public Money maxAmount;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_countries", nullable = false)
    public String[] eligibleCountries = new String[0];

    /** Industrial-ecosystem codes ({@link io.grantflow.shared.sector.Ecosystem}); none: every sector. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] sectors = new String[0];

    /** Free value-chain keywords beside the sectors, searched with the title and the description. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "value_chains", nullable = false)
    public String[] valueChains = new String[0];

    /** What the call gives as SMEs name it: derived from the instrument unless declared in kind. */
    @Enumerated(EnumType.STRING)
    @Column(name = "type_of_support", nullable = false)
    public TypeOfSupport typeOfSupport;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] activities = new String[0];

    /** Third countries and regions the call targets ({@link TargetMarkets}); none: not an internationalisation call's. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_markets", nullable = false)
    public String[] targetMarkets = new String[0];

    /** Whether applicants say whether they are young, new or female-led entrepreneurs (optional answers). */
    @Column(name = "collects_entrepreneur_profile", nullable = false)
    public boolean collectsEntrepreneurProfile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Selection selection;

    @Column(nullable = false)
    public boolean waitlist;

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @Column(name = "first_tranche_percent", nullable = false)
    public BigDecimal firstTranchePercent;

    @Column(name = "report_days", nullable = false)
    public int reportDays;

    @Column(name = "reminder_days", nullable = false)
    public int reminderDays;

    @Column(name = "max_per_third_party", nullable = false)
    public Money maxPerThirdParty;

    /** Null: de minimis is not checked for this call. */
    @Column(name = "de_minimis_cap")
    public Money deMinimisCap;

    /** At most this many applications of one organisation count; null: no limit (ClusterXchange's default). */
    @Column(name = "applications_per_sme")
    public Integer applicationsPerSme;

    /** The {@link io.grantflow.organisations.domain.OrganisationType}s accepted as applicants ({@link ApplicantTypes}). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "applicant_types", nullable = false)
    public String[] applicantTypes = {"SME"};

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "host_amounts", nullable = false)
    public Map<String, Money> hostAmounts = new LinkedHashMap<>();

    /** In kind by days: the service SMEs get from the grant's provider roster; null for every other open call. */
    @Enumerated(EnumType.STRING)
    @Column(name = "in_kind_service")
    public ServiceKind inKindService;

    /** In kind by days: the most days one application may ask for. */
    @Column(name = "in_kind_max_days")
    public Integer inKindMaxDays;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The panel's award criteria (evaluated open calls with {@link OpenCallEvaluationTerms}); none otherwise. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "open_call_criterion", joinColumns = @JoinColumn(name = "open_call_id"))
    @OrderColumn(name = "position")
    public List<Criterion> criteria = new ArrayList<>();

    /** How the panel's scores are combined; null: no panel (first-come-first-served, or one member decides). */
    @Enumerated(EnumType.STRING)
    @Column(name = "panel_scoring")
    public PanelScoring panelScoring;

    @Column(name = "overall_threshold")
    public BigDecimal overallThreshold;

    @Column(name = "evaluators_per_application")
    public Integer evaluatorsPerApplication;

    @Column(name = "min_comment_length")
    public Integer minCommentLength;

    @Version
    public long version;

    /** Sets the panel evaluation of an evaluated open call (its terms were checked); nothing when there are none. */
    public void evaluateBy(OpenCallEvaluationTerms terms) {
        if (terms == null) {
            return;
        }
        terms.criteria().forEach(c -> criteria.add(new Criterion(c.name(), c.weight(), c.threshold())));
        overallThreshold = terms.overallThreshold();
        evaluatorsPerApplication = terms.evaluatorsPerApplication();
        panelScoring = terms.scoring();
        minCommentLength = terms.minCommentLength() == null ? CallDefinition.EvaluationRules.DEFAULT_MIN_COMMENT_LENGTH
                : terms.minCommentLength();
    }

    /** Whether a panel of evaluators scores the applications (then the ranking decides, not one member). */
    public boolean evaluatedByPanel() {
        return panelScoring != null;
    }

    public static Optional<OpenCall> forUpdate(Long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Whether awards are days of a roster provider's service, paid to the provider ({@link InKindValue}). */
    public boolean inKindByDays() {
        return inKindService != null;
    }

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && !now.isAfter(closesAt);
    }
}
