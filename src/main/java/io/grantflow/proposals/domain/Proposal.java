package io.grantflow.proposals.domain;

import io.grantflow.calls.domain.Call;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A consortium's proposal to a call: its current content, status and submitted versions. */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "call_id")
    public Call call;

    @Column(name = "coordinator_id", nullable = false)
    public Long coordinatorId;

    @Column(nullable = false)
    public int stage;

    /** The deadline (stage or cut-off) the proposal is submitted to: its batch. */
    @Column(name = "deadline_index", nullable = false)
    public int deadlineIndex;

    @Column(nullable = false)
    public String acronym;

    @Column(nullable = false)
    public String title;

    @Column(name = "abstract")
    public String abstractText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] tags = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStatus status;

    @Column(name = "requested_contribution", nullable = false)
    public Money requestedContribution;

    @Column(name = "planned_sme_support", nullable = false)
    public Money plannedSmeSupport;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "proposal_partner", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    public List<Member> members = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "proposal_work_package", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    public List<WorkPackageRow> workPackages = new ArrayList<>();

    /** How the proposal addresses the call's objectives. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ProposalContent.ObjectiveAddressed> objectives = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Version
    public long version;

    /** A consortium member (the coordinator first) with its planned costs. */
    @Embeddable
    public static class Member {
        @Column(name = "organisation_id", nullable = false)
        public Long organisationId;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public PartnerRole role;
        @Column(nullable = false)
        public Money personnel;
        @Column(nullable = false)
        public Money travel;
        @Column(nullable = false)
        public Money subcontracting;
        @Column(name = "other_direct", nullable = false)
        public Money otherDirect;
        @Column(nullable = false)
        public Money fstp;
        @Column(nullable = false)
        public Money indirect;

        protected Member() {
        }

        Member(Long organisationId, PartnerRole role, ProposalContent.BudgetLine line) {
            this.organisationId = organisationId;
            this.role = role;
            this.personnel = orZero(line == null ? null : line.personnel());
            this.travel = orZero(line == null ? null : line.travel());
            this.subcontracting = orZero(line == null ? null : line.subcontracting());
            this.otherDirect = orZero(line == null ? null : line.otherDirect());
            this.fstp = orZero(line == null ? null : line.financialSupportToThirdParties());
            this.indirect = orZero(line == null ? null : line.indirect());
        }

        private static Money orZero(Money m) {
            return m == null ? Money.ZERO : m;
        }
    }

    @Embeddable
    public static class WorkPackageRow {
        @Column(nullable = false)
        public String title;
        @Column(name = "lump_sum_share")
        public BigDecimal lumpSumShare;
        /** The codes of the call's required activities the work package covers. */
        @JdbcTypeCode(SqlTypes.ARRAY)
        @Column(nullable = false)
        public String[] activities = new String[0];

        protected WorkPackageRow() {
        }

        WorkPackageRow(ProposalContent.WorkPackage w) {
            this.title = w.title();
            this.lumpSumShare = w.lumpSumShare();
            this.activities = w.activitiesOrEmpty().toArray(String[]::new);
        }
    }

    protected Proposal() {
    }

    public static Proposal draft(Call call, int stage, int deadlineIndex, ProposalContent content,
                                 ProposalFinance finance, String user, Instant now) {
        Proposal p = new Proposal();
        p.call = call;
        p.coordinatorId = content.coordinator();
        p.stage = stage;
        p.deadlineIndex = deadlineIndex;
        p.status = ProposalStatus.DRAFT;
        p.createdBy = user;
        p.createdAt = now;
        p.write(content, finance, now);
        return p;
    }

    /** Replaces the content (the coordinator stays). */
    public void write(ProposalContent content, ProposalFinance finance, Instant now) {
        acronym = content.acronym();
        title = content.title();
        abstractText = content.abstractText();
        tags = content.tags() == null ? new String[0] : content.tags().toArray(String[]::new);
        Map<Long, ProposalContent.BudgetLine> lines = new HashMap<>();
        content.budgetOrEmpty().forEach(l -> lines.put(l.organisation(), l));
        members.clear();
        members.add(new Member(content.coordinator(), PartnerRole.COORDINATOR, lines.get(content.coordinator())));
        for (ProposalContent.Partner partner : content.partnersOrEmpty()) {
            members.add(new Member(partner.organisation(), partner.role() == null ? PartnerRole.PARTNER : partner.role(),
                    lines.get(partner.organisation())));
        }
        workPackages.clear();
        content.workPackagesOrEmpty().forEach(w -> workPackages.add(new WorkPackageRow(w)));
        objectives = new ArrayList<>(content.objectivesOrEmpty());
        requestedContribution = finance.requestedContribution();
        plannedSmeSupport = finance.plannedSmeSupport();
        updatedAt = now;
    }

    /** The content as the client wrote it (coordinator first among the members). */
    public ProposalContent content() {
        List<ProposalContent.Partner> partners = new ArrayList<>();
        List<ProposalContent.BudgetLine> budget = new ArrayList<>();
        for (Member m : members) {
            if (m.role != PartnerRole.COORDINATOR || !m.organisationId.equals(coordinatorId)) {
                partners.add(new ProposalContent.Partner(m.organisationId, m.role));
            }
            budget.add(new ProposalContent.BudgetLine(m.organisationId, m.personnel, m.travel, m.subcontracting,
                    m.otherDirect, m.fstp, m.indirect));
        }
        return new ProposalContent(acronym, title, abstractText, List.of(tags), coordinatorId, partners,
                workPackages.stream().map(w -> new ProposalContent.WorkPackage(w.title, w.lumpSumShare,
                        List.of(w.activities))).toList(),
                budget, List.copyOf(objectives));
    }

    public List<Long> organisationIds() {
        return members.stream().map(m -> m.organisationId).distinct().toList();
    }

    public boolean isLockedAfterDeadline() {
        return status == ProposalStatus.ELIGIBLE || status == ProposalStatus.INELIGIBLE
                || status == ProposalStatus.INVITED_TO_STAGE_2;
    }

    // ---- business acts: each checks where the proposal is and refuses an illegal step ----------

    /** Refuses a change of content or a submission once withdrawn or locked after its deadline. */
    public void requireOpenForChange() {
        if (status == ProposalStatus.WITHDRAWN) {
            throw DomainException.conflict("proposal_withdrawn", "the proposal was withdrawn");
        }
        if (isLockedAfterDeadline()) {
            throw DomainException.conflict("proposal_locked", "the deadline has passed; the proposal is locked");
        }
    }

    /** A draft of a call with cut-offs joins the batch of the next cut-off when it is submitted. */
    public void joinBatch(int deadline) {
        requireStatus(ProposalStatus.DRAFT, "proposal_not_draft", "only a draft joins another cut-off's batch");
        deadlineIndex = deadline;
    }

    /** Submits the current content as a new version; true if it is the first submission. */
    public boolean submit(Instant now) {
        requireOpenForChange();
        boolean first = currentVersion == 0;
        currentVersion++;
        status = ProposalStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
        return first;
    }

    /** Withdraws the proposal; true if its process was running (submitted and not found ineligible). */
    public boolean withdraw(Instant now) {
        if (status == ProposalStatus.WITHDRAWN) {
            throw DomainException.conflict("proposal_withdrawn", "the proposal was withdrawn");
        }
        if (status.isRanked()) {
            throw DomainException.conflict("proposal_ranked", "the proposal is ranked (" + status
                    + "); a consortium offered a grant declines the grant instead");
        }
        boolean running = currentVersion > 0 && status != ProposalStatus.INELIGIBLE;
        status = ProposalStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
        return running;
    }

    /** The re-check after the deadline found the submitted version admissible and eligible. */
    public void markEligible(Instant now) {
        requireStatus(ProposalStatus.SUBMITTED, "proposal_not_submitted", "only a submitted proposal is re-checked");
        moveTo(ProposalStatus.ELIGIBLE, now);
    }

    /** The re-check after the deadline found the submitted version not eligible. */
    public void markIneligible(Instant now) {
        requireStatus(ProposalStatus.SUBMITTED, "proposal_not_submitted", "only a submitted proposal is re-checked");
        moveTo(ProposalStatus.INELIGIBLE, now);
    }

    /** Every evaluation slot has an expert: the evaluation starts. */
    public void startEvaluation(Instant now) {
        requireStatus(ProposalStatus.ELIGIBLE, "proposal_not_eligible", "only an eligible proposal is evaluated");
        moveTo(ProposalStatus.UNDER_EVALUATION, now);
    }

    /** The consensus is agreed: the proposal waits for the ranking. */
    public void agreeConsensus(Instant now) {
        requireStatus(ProposalStatus.UNDER_EVALUATION, "proposal_not_under_evaluation",
                "only a proposal under evaluation gets a consensus");
        moveTo(ProposalStatus.EVALUATED, now);
    }

    /** A ranking places the proposal (again, until the award): the outcome is one of the ranked statuses. */
    public void rank(ProposalStatus outcome, Instant now) {
        if (!outcome.isRanked()) {
            throw new IllegalArgumentException(outcome + " is not an outcome of a ranking");
        }
        if (!ProposalStatus.RANKABLE.contains(status)) {
            throw DomainException.conflict("proposal_not_rankable", "the proposal is " + status
                    + "; only an evaluated proposal is ranked");
        }
        moveTo(outcome, now);
    }

    /** A grant is offered: a main-list proposal, or a reserve-list one moving up. */
    public void offerGrant(Instant now) {
        if (status != ProposalStatus.MAIN_LIST && status != ProposalStatus.RESERVE_LIST) {
            throw DomainException.conflict("proposal_not_on_a_list", "the proposal is " + status
                    + "; grants are offered to the main and reserve lists");
        }
        moveTo(ProposalStatus.MAIN_LIST, now);
    }

    /** The coordinator signed the grant offered to the proposal. */
    public void signGrant(Instant now) {
        requireStatus(ProposalStatus.MAIN_LIST, "proposal_not_offered", "no grant was offered to the proposal");
        updatedAt = now;
    }

    /** The grant offered to the proposal was declined or terminated; the proposal keeps its place. */
    public void endGrant(Instant now) {
        requireStatus(ProposalStatus.MAIN_LIST, "proposal_not_offered", "no grant was offered to the proposal");
        updatedAt = now;
    }

    private void requireStatus(ProposalStatus expected, String code, String detail) {
        if (status != expected) {
            throw DomainException.conflict(code, detail + " (it is " + status + ")");
        }
    }

    private void moveTo(ProposalStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    public static Optional<Proposal> byIdForUpdate(Long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
