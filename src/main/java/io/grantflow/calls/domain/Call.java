package io.grantflow.calls.domain;

import io.grantflow.shared.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.grantflow.shared.sector.Sectors;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A call for proposals, addressed by its topic identifier. Its definition changes only while it
 * is a draft; its status follows its instants (see {@link #statusAt(Instant)}).
 */
@Entity
@Table(name = "call")
public class Call extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String identifier;

    @Column(nullable = false)
    public String title;

    public String description;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false)
    public ActionType actionType;

    @Column(nullable = false)
    public Money budget;

    @Column(name = "expected_grants")
    public Integer expectedGrants;

    @Column(name = "min_grant")
    public Money minGrant;

    @Column(name = "max_grant")
    public Money maxGrant;

    @Column(name = "fstp_funding_rate", nullable = false)
    public BigDecimal fstpFundingRate;

    @Column(name = "other_funding_rate", nullable = false)
    public BigDecimal otherFundingRate;

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "submission_model", nullable = false)
    public SubmissionModel submissionModel;

    /** The last deadline, kept with the call so that lists can filter and sort by status in SQL. */
    @Column(name = "final_deadline", nullable = false)
    public Instant finalDeadline;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "call_deadline", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    public List<Deadline> deadlines = new ArrayList<>();

    @Column(name = "min_partners", nullable = false)
    public int minPartners;

    @Column(name = "min_countries", nullable = false)
    public int minCountries;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_countries", nullable = false)
    public String[] eligibleCountries = new String[0];

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_org_types", nullable = false)
    public List<RequiredOrganisationType> requiredOrganisationTypes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_countries", nullable = false)
    public List<RequiredCountries> requiredCountries = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "call_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    public List<Criterion> criteria = new ArrayList<>();

    @Column(name = "overall_threshold", nullable = false)
    public BigDecimal overallThreshold;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tie_break", nullable = false)
    public String[] tieBreak = new String[0];

    @Column(name = "min_sme_share", nullable = false)
    public BigDecimal minSmeShare;

    @Column(name = "max_per_third_party", nullable = false)
    public Money maxPerThirdParty;

    /** Industrial-ecosystem codes ({@link io.grantflow.shared.sector.Ecosystem}). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] sectors = new String[0];

    /** Free value-chain keywords beside the sectors. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "value_chains", nullable = false)
    public String[] valueChains = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "activities", nullable = false)
    public String[] activities = new String[0];

    @Column(nullable = false)
    public boolean illustrative;

    /** The objectives every proposal must address. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<CallObjective> objectives = new ArrayList<>();

    /** The activities a proposal's work packages must cover between them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_activities", nullable = false)
    public List<RequiredActivity> requiredActivities = new ArrayList<>();

    @Column(name = "project_start")
    public LocalDate projectStart;

    @Column(name = "project_end")
    public LocalDate projectEnd;

    /** The scheme this call is a round of (e.g. ESCP-4i), if it names one. */
    public String scheme;

    /** The identifier of the call this one follows as the next round of the same scheme. */
    @Column(name = "previous_round")
    public String previousRound;

    @Column(name = "experts_per_proposal", nullable = false)
    public int expertsPerProposal = CallDefinition.EvaluationRules.DEFAULT_EXPERTS_PER_PROPOSAL;

    @Column(name = "min_comment_length", nullable = false)
    public int minCommentLength = CallDefinition.EvaluationRules.DEFAULT_MIN_COMMENT_LENGTH;

    @Column(name = "evaluation_days", nullable = false)
    public int evaluationDays = CallDefinition.EvaluationRules.DEFAULT_EVALUATION_DAYS;

    @Column(name = "reminder_days", nullable = false)
    public int reminderDays = CallDefinition.EvaluationRules.DEFAULT_REMINDER_DAYS;

    @Column(name = "stage1_threshold", nullable = false)
    public BigDecimal stage1Threshold = CallDefinition.EvaluationRules.DEFAULT_STAGE1_THRESHOLD;

    @Column(name = "stage2_invitation_multiple", nullable = false)
    public BigDecimal stage2InvitationMultiple = CallDefinition.EvaluationRules.DEFAULT_STAGE2_MULTIPLE;

    @Column(name = "pre_financing_percent", nullable = false)
    public BigDecimal preFinancingPercent = CallDefinition.GrantTerms.DEFAULT_PRE_FINANCING;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "interim_payment_percents", nullable = false)
    public BigDecimal[] interimPaymentPercents = CallDefinition.GrantTerms.DEFAULT_INTERIM.toArray(BigDecimal[]::new);

    @Column(name = "reporting_period_months", nullable = false)
    public int reportingPeriodMonths = CallDefinition.GrantTerms.DEFAULT_PERIOD_MONTHS;

    @Column(name = "report_due_days", nullable = false)
    public int reportDueDays = CallDefinition.GrantTerms.DEFAULT_REPORT_DUE_DAYS;

    @Column(name = "payment_days", nullable = false)
    public int paymentDays = CallDefinition.GrantTerms.DEFAULT_PAYMENT_DAYS;

    @Column(name = "interim_ceiling_percent", nullable = false)
    public BigDecimal interimCeilingPercent = CallDefinition.GrantTerms.DEFAULT_INTERIM_CEILING;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected Call() {
    }

    /** A new draft from a definition that {@link CallDefinitionPolicy} accepted. */
    public static Call draft(CallDefinition d, Programme programme, String officer, Instant now) {
        Call call = new Call();
        call.identifier = d.identifier();
        call.createdBy = officer;
        call.createdAt = now;
        call.define(d, programme, now);
        return call;
    }

    /** Replaces the definition of a draft. */
    public void redefine(CallDefinition d, Programme programme, Instant now) {
        if (publishedAt != null) {
            throw new IllegalStateException("a published call cannot be redefined");
        }
        define(d, programme, now);
    }

    private void define(CallDefinition d, Programme programme, Instant now) {
        this.title = d.title();
        this.description = d.description();
        this.programme = programme;
        this.actionType = d.actionType();
        this.budget = d.budget();
        this.expectedGrants = d.expectedGrants();
        this.minGrant = d.minGrant();
        this.maxGrant = d.maxGrant();
        this.fstpFundingRate = d.fundingRates().financialSupportToThirdParties();
        this.otherFundingRate = d.fundingRates().otherCosts();
        this.opensAt = d.opensAt();
        this.submissionModel = d.submissionModel();
        this.deadlines.clear();
        for (CallDefinition.DeadlineDefinition dl : d.deadlinesOrEmpty()) {
            this.deadlines.add(new Deadline(dl.label() == null ? defaultLabel(this.deadlines.size()) : dl.label(),
                    dl.at(), dl.budget()));
        }
        this.finalDeadline = this.deadlines.get(this.deadlines.size() - 1).at;
        CallDefinition.Eligibility e = d.eligibility();
        this.minPartners = e == null || e.minPartners() == null ? 1 : e.minPartners();
        this.minCountries = e == null || e.minCountries() == null ? 1 : e.minCountries();
        this.eligibleCountries = e == null || e.eligibleCountries() == null ? new String[0]
                : e.eligibleCountries().toArray(String[]::new);
        this.requiredOrganisationTypes = e == null || e.requiredOrganisationTypes() == null ? new ArrayList<>()
                : new ArrayList<>(e.requiredOrganisationTypes());
        this.requiredCountries = e == null || e.requiredCountries() == null ? new ArrayList<>()
                : new ArrayList<>(e.requiredCountries());
        this.criteria.clear();
        for (CallDefinition.CriterionDefinition c : d.criteriaOrEmpty()) {
            this.criteria.add(new Criterion(c.name(), c.weight(), c.threshold()));
        }
        this.overallThreshold = d.overallThreshold();
        this.tieBreak = (d.tieBreak() == null || d.tieBreak().isEmpty()
                ? d.criteriaOrEmpty().stream().map(CallDefinition.CriterionDefinition::name).toList()
                : d.tieBreak()).toArray(String[]::new);
        CallDefinition.FstpRules f = d.fstp();
        this.minSmeShare = f == null || f.minSmeShare() == null ? CallDefinition.FstpRules.DEFAULT_MIN_SME_SHARE
                : f.minSmeShare();
        this.maxPerThirdParty = f == null || f.maxPerThirdParty() == null
                ? CallDefinition.FstpRules.DEFAULT_MAX_PER_THIRD_PARTY : f.maxPerThirdParty();
        this.sectors = Sectors.codes(d.sectors());
        this.valueChains = Sectors.valueChains(d.valueChains());
        this.activities = d.activities() == null ? new String[0]
                : d.activities().stream().map(Enum::name).toArray(String[]::new);
        CallDefinition.EvaluationRules ev = d.evaluation();
        this.expertsPerProposal = ev == null || ev.expertsPerProposal() == null
                ? CallDefinition.EvaluationRules.DEFAULT_EXPERTS_PER_PROPOSAL : ev.expertsPerProposal();
        this.minCommentLength = ev == null || ev.minCommentLength() == null
                ? CallDefinition.EvaluationRules.DEFAULT_MIN_COMMENT_LENGTH : ev.minCommentLength();
        this.evaluationDays = ev == null || ev.evaluationDays() == null
                ? CallDefinition.EvaluationRules.DEFAULT_EVALUATION_DAYS : ev.evaluationDays();
        this.reminderDays = ev == null || ev.reminderDaysBefore() == null
                ? Math.min(CallDefinition.EvaluationRules.DEFAULT_REMINDER_DAYS, evaluationDays - 1) : ev.reminderDaysBefore();
        this.stage1Threshold = ev == null || ev.stage1Threshold() == null
                ? CallDefinition.EvaluationRules.DEFAULT_STAGE1_THRESHOLD : ev.stage1Threshold();
        this.stage2InvitationMultiple = ev == null || ev.stage2InvitationMultiple() == null
                ? CallDefinition.EvaluationRules.DEFAULT_STAGE2_MULTIPLE : ev.stage2InvitationMultiple();
        CallDefinition.GrantTerms g = d.grantTerms();
        this.preFinancingPercent = g == null || g.preFinancingPercent() == null
                ? CallDefinition.GrantTerms.DEFAULT_PRE_FINANCING : g.preFinancingPercent();
        this.interimPaymentPercents = (g == null || g.interimPaymentPercents() == null
                ? CallDefinition.GrantTerms.DEFAULT_INTERIM : g.interimPaymentPercents()).toArray(BigDecimal[]::new);
        this.reportingPeriodMonths = g == null || g.reportingPeriodMonths() == null
                ? CallDefinition.GrantTerms.DEFAULT_PERIOD_MONTHS : g.reportingPeriodMonths();
        this.reportDueDays = g == null || g.reportDueDays() == null
                ? CallDefinition.GrantTerms.DEFAULT_REPORT_DUE_DAYS : g.reportDueDays();
        this.paymentDays = g == null || g.paymentDays() == null
                ? CallDefinition.GrantTerms.DEFAULT_PAYMENT_DAYS : g.paymentDays();
        this.interimCeilingPercent = g == null || g.interimCeilingPercent() == null
                ? CallDefinition.GrantTerms.DEFAULT_INTERIM_CEILING : g.interimCeilingPercent();
        this.objectives = new ArrayList<>(d.objectivesOrEmpty());
        this.requiredActivities = new ArrayList<>(d.requiredActivitiesOrEmpty());
        this.projectStart = d.projectPeriod() == null ? null : d.projectPeriod().start();
        this.projectEnd = d.projectPeriod() == null ? null : d.projectPeriod().end();
        this.scheme = d.scheme();
        this.previousRound = d.previousRound();
        this.updatedAt = now;
    }

    /** The project period, when the call sets one. */
    public Optional<ProjectPeriod> projectPeriod() {
        return projectStart == null ? Optional.empty() : Optional.of(new ProjectPeriod(projectStart, projectEnd));
    }

    /** How many reporting periods its grants have: one per interim payment, and the last (the final report). */
    public int reportingPeriods() {
        return interimPaymentPercents.length + 1;
    }

    /** The criteria scored at a stage: stage 1 of a two-stage call scores the first two, each against its own threshold. */
    public List<Criterion> criteriaAtStage(int stage) {
        if (submissionModel != SubmissionModel.TWO_STAGE || stage != 1) {
            return criteria;
        }
        return criteria.subList(0, Math.min(2, criteria.size())).stream()
                .map(c -> new Criterion(c.name, c.weight, stage1Threshold)).toList();
    }

    private String defaultLabel(int index) {
        return switch (submissionModel) {
            case SINGLE_STAGE -> "Deadline";
            case TWO_STAGE -> "Stage " + (index + 1);
            case MULTIPLE_CUTOFFS -> "Cut-off " + (index + 1);
        };
    }

    /** Publishes a draft; returns false when it was already published (publishing is idempotent). */
    public boolean publish(Instant now) {
        if (publishedAt != null) {
            return false;
        }
        publishedAt = now;
        updatedAt = now;
        return true;
    }

    /** The status the call has at an instant: it follows the instants, and the recorded closing. */
    public CallStatus statusAt(Instant now) {
        if (publishedAt == null) {
            return CallStatus.DRAFT;
        }
        if (closedAt != null || now.isAfter(finalDeadline)) {
            return CallStatus.CLOSED;
        }
        if (now.isBefore(opensAt)) {
            return CallStatus.FORTHCOMING;
        }
        return CallStatus.OPEN;
    }

    /** The next deadline still ahead at an instant, if any. */
    public Optional<Deadline> nextDeadline(Instant now) {
        return deadlines.stream().filter(d -> !now.isAfter(d.at)).findFirst();
    }

    public boolean isDraft() {
        return publishedAt == null;
    }

    /** The calls that name this one as their previous round, in the order they open. */
    public static List<Call> laterRounds(String identifier) {
        return list("previousRound = ?1 order by opensAt, identifier", identifier);
    }

    public static Optional<Call> byIdentifier(String identifier) {
        return find("identifier", identifier).firstResultOptional();
    }

    /** The call, locked until the transaction ends: serialises publishing and lifecycle steps. */
    public static Optional<Call> byIdentifierForUpdate(String identifier) {
        return find("identifier", identifier).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
