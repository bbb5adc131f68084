package io.grantflow.calls.application;

import io.grantflow.calls.api.CallView;
import io.grantflow.calls.api.CallSummary;
import io.grantflow.calls.api.ProgrammeDefinition;
import io.grantflow.calls.api.CallFilter;
import io.grantflow.calls.api.ProgrammeView;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.CallDefinitionPolicy.PastDeadlines;
import io.grantflow.calls.domain.CallDefinitionPolicy;
import io.grantflow.calls.domain.CallLifecycleRecord;
import io.grantflow.calls.domain.CallStatus;
import io.grantflow.calls.domain.Programme;
import io.grantflow.ledger.application.BudgetAllocations;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.db.UniqueViolation;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.text.TextLimits;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Programmes and calls: define, publish, list. Every method is one transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class CallService {

    @Inject
    Clock clock;

    @Inject
    CallLifecycleWorkflow workflow;

    @Inject
    BudgetAllocations budgets;

    @Inject
    Idempotency idempotency;

    @Inject
    ProgrammeAllocations allocations;

    @Inject
    CallRounds rounds;

    // ---- programmes ---------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgrammeView> programmes() {
        Map<Long, Money> allocated = allocations.byProgramme();
        return Programme.<Programme>listAll(io.quarkus.panache.common.Sort.by("code")).stream()
                .map(p -> ProgrammeView.of(p, allocated.getOrDefault(p.id, Money.ZERO))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgrammeView programme(String code) {
        Programme p = Programme.byCode(code).orElseThrow(() -> DomainException.notFound("programme", code));
        return ProgrammeView.of(p, allocations.byProgramme().getOrDefault(p.id, Money.ZERO));
    }

    public ProgrammeView createProgramme(ProgrammeDefinition d) {
        Violations v = new Violations();
        if (v.required(d.code(), "code")) {
            v.check(!CallDefinitionPolicy.IDENTIFIER.matcher(d.code()).matches(), "code", "invalid_identifier",
                    "code must be 3–64 characters of A–Z, 0–9 and '-'");
        }
        if (v.required(d.name(), "name")) {
            v.check(d.name().length() > TextLimits.TITLE, "name", "too_long", "name has at most " + TextLimits.TITLE + " characters");
        }
        if (v.required(d.budget(), "budget")) {
            v.check(!d.budget().isPositive(), "budget", "must_be_positive", "budget must be more than EUR 0.00");
        }
        v.throwIfAny("invalid_programme", "the programme cannot be created");
        if (Programme.byCode(d.code()).isPresent()) {
            throw DomainException.conflict("programme_code_taken", "a programme with code " + d.code() + " exists");
        }
        Programme p = new Programme(d.code(), d.name(), d.budget(), false, clock.instant());
        persistUnique(p, "programme_code_taken", "a programme with code " + d.code() + " exists");
        budgets.fundProgramme(p.code, p.name, p.budget, "api");
        return ProgrammeView.of(p, Money.ZERO);
    }

    // ---- calls ----------------------------------------------------------------------------

    public CallView create(CallDefinition d, String officer) {
        return CallView.defined(define(d, officer, PastDeadlines.REFUSED, false), d, clock.instant());
    }

    /**
     * The rules {@code d} breaks, all at once, without saving anything: for a form that also reports what it could
     * not read. {@code draft}: the identifier of the draft it would replace, or null for a new call.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Violation> check(CallDefinition d, String draft) {
        Violations v = new Violations().addAll(CallDefinitionPolicy.check(d, clock.instant(), PastDeadlines.REFUSED));
        Programme programme = allocations.programme(d.programme(), false, v);
        allocations.checkBudget(programme, d, draft == null ? null : Call.byIdentifier(draft).orElse(null), v);
        rounds.check(d, programme, v);
        return v.list();
    }

    /**
     * Creates a draft once per form: the same {@code key} and definition again (a double click, a reload) answer
     * the draft already created instead of {@code call_identifier_taken}.
     */
    public String createOnce(CallDefinition d, String key, String officer) {
        idempotency.once(key, "call:" + officer, d, 201, () -> create(d, officer).identifier());
        return d.identifier();
    }

    /**
     * Demo seeding only: writes a published call directly, with every rule checked except that
     * deadlines may be past. A call whose deadlines are all past is simply closed (no process).
     */
    public void seedPublished(CallDefinition d, boolean illustrative) {
        publishSeeded(define(d, "demo-seed", PastDeadlines.ALLOWED, illustrative));
    }

    /** Demo seeding only: a programme, written directly. */
    public void seedProgramme(ProgrammeDefinition d, boolean illustrative) {
        persistUnique(new Programme(d.code(), d.name(), d.budget(), illustrative, clock.instant()),
                "programme_code_taken", d.code());
        budgets.fundProgramme(d.code(), d.name(), d.budget(), "demo-seed");
    }

    /** Creates a draft, checking every rule (past deadlines only when seeding). */
    private Call define(CallDefinition d, String officer, PastDeadlines past, boolean illustrative) {
        Instant now = clock.instant();
        Violations v = new Violations().addAll(CallDefinitionPolicy.check(d, now, past));
        Programme programme = allocations.programme(d.programme(), true, v);
        allocations.checkBudget(programme, d, null, v);
        rounds.check(d, programme, v);
        v.throwIfAny("invalid_call", "the call definition breaks " + (v.list().size() == 1 ? "a rule" : "rules"));
        if (Call.byIdentifier(d.identifier()).isPresent()) {
            throw DomainException.conflict("call_identifier_taken", "a call with identifier " + d.identifier() + " exists");
        }
        Call call = Call.draft(rounds.withScheme(d), programme, officer, now);
        call.illustrative = illustrative;
        persistUnique(call, "call_identifier_taken", "a call with identifier " + d.identifier() + " exists");
        return call;
    }

    public CallView update(String identifier, CallDefinition d) {
        Call call = Call.byIdentifierForUpdate(identifier).orElseThrow(() -> DomainException.notFound("call", identifier));
        if (!call.isDraft()) {
            throw DomainException.conflict("call_not_draft", "call " + identifier + " is published; only drafts change");
        }
        Instant now = clock.instant();
        Violations v = new Violations();
        if (d.identifier() != null && !d.identifier().equals(identifier)) {
            v.add("identifier", "identifier_mismatch", "the identifier of a call cannot change (path: " + identifier + ")");
        }
        CallDefinition withIdentifier = d.identifier() == null ? d.withIdentifier(identifier) : d;
        v.addAll(CallDefinitionPolicy.check(withIdentifier, now, PastDeadlines.REFUSED));
        Programme programme = allocations.programme(d.programme(), true, v);
        allocations.checkBudget(programme, d, call, v);
        rounds.check(withIdentifier, programme, v);
        v.throwIfAny("invalid_call", "the call definition breaks " + (v.list().size() == 1 ? "a rule" : "rules"));
        call.redefine(rounds.withScheme(withIdentifier), programme, now);
        return CallView.defined(call, withIdentifier, now);
    }

    /** Publishes a draft and starts its lifecycle process; publishing a published call changes nothing. */
    public CallView publish(String identifier) {
        Call call = Call.byIdentifierForUpdate(identifier).orElseThrow(() -> DomainException.notFound("call", identifier));
        Instant now = clock.instant();
        if (call.publish(now)) {
            Violations v = new Violations();
            for (int i = 0; i < call.deadlines.size(); i++) {
                v.check(!call.deadlines.get(i).at.isAfter(now), "deadlines[" + i + "].at", "deadline_in_past",
                        "the deadline has passed since the draft was written; update the draft first");
            }
            v.throwIfAny("invalid_call", "the call cannot be published");
            allocate(call, "api");
            workflow.start(call.identifier, call.opensAt, call.deadlines.size());
        }
        return CallView.of(call, CallLifecycleRecord.ofCall(call.id), now);
    }

    private void publishSeeded(Call call) {
        Instant now = clock.instant();
        call.publish(now);
        allocate(call, "demo-seed");
        if (now.isAfter(call.finalDeadline)) {
            call.openedAt = call.opensAt;
            call.closedAt = call.finalDeadline;
        } else {
            workflow.start(call.identifier, call.opensAt, call.deadlines.size());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CallView get(String identifier, boolean officer) {
        Call call = Call.byIdentifier(identifier)
                .filter(c -> officer || !c.isDraft())
                .orElseThrow(() -> DomainException.notFound("call", identifier));
        return CallView.of(call, CallLifecycleRecord.ofCall(call.id), clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CallSummary> list(CallFilter filter, PageRequest page, boolean officer) {
        Instant now = clock.instant();
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!officer) {
            q.append(" and publishedAt is not null");
        }
        if (filter.status() != null) {
            q.append(switch (filter.status()) {
                case DRAFT -> " and publishedAt is null";
                case FORTHCOMING -> " and publishedAt is not null and closedAt is null and opensAt > :now"
                        + " and finalDeadline >= :now";
                case OPEN -> " and publishedAt is not null and closedAt is null and opensAt <= :now"
                        + " and finalDeadline >= :now";
                case CLOSED -> " and publishedAt is not null and (closedAt is not null or finalDeadline < :now)";
            });
            if (filter.status() != CallStatus.DRAFT) {
                params.put("now", now);
            }
        }
        if (filter.programme() != null) {
            q.append(" and programme.code = :programme");
            params.put("programme", filter.programme());
        }
        if (filter.tag() != null) {
            q.append(" and (array_contains(sectors, :tag) or array_contains(activities, :tag))");
            params.put("tag", filter.tag().toUpperCase(Locale.ROOT));
        }
        if (filter.text() != null) {
            q.append(" and (lower(title) like :text escape '\\' or lower(identifier) like :text escape '\\'"
                    + " or lower(coalesce(description, '')) like :text escape '\\')");
            params.put("text", "%" + filter.text().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        q.append(" order by finalDeadline, identifier");
        PanacheQuery<Call> query = Call.find(q.toString(), params);
        long total = query.count();
        List<CallSummary> items = query.range(page.offset(), page.lastIndex()).list().stream()
                .map(c -> CallSummary.of(c, now)).toList();
        return Page.of(items, page, total);
    }

    // ---- helpers ------------------------------------------------------------------------

    /** The call's budget (and each cut-off's) moves from the programme in the ledger: at publication. */
    private void allocate(Call call, String actor) {
        budgets.allocateCall(call.programme.code, call.identifier, call.title, call.budget,
                call.submissionModel == io.grantflow.calls.domain.SubmissionModel.MULTIPLE_CUTOFFS
                        ? call.deadlines.stream().map(d -> d.budget).toList() : List.of(), actor);
    }

    private static void persistUnique(io.quarkus.hibernate.orm.panache.PanacheEntityBase entity, String code,
                                      String detail) {
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            if (UniqueViolation.of(e, null)) { // the code or identifier, taken by a concurrent request
                throw DomainException.conflict(code, detail);
            }
            throw e;
        }
    }
}
