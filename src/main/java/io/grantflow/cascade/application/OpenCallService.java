package io.grantflow.cascade.application;

import io.grantflow.cascade.api.OpenCallFilter;
import io.grantflow.cascade.api.OpenCallView;
import io.grantflow.calls.domain.Call;
import io.grantflow.cascade.domain.ApplicantTypes;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.cascade.domain.OpenCallDefinition;
import io.grantflow.cascade.domain.OpenCallPolicy;
import io.grantflow.cascade.domain.TargetMarkets;
import io.grantflow.cascade.domain.TypeOfSupport;
import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.application.GrantAccess;
import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.sector.Sectors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Open calls of a signed grant: each takes its budget from the grant's FSTP envelope by a ledger
 * ALLOCATION, so together they can never exceed the envelope; and the public listing SMEs search.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class OpenCallService {

    @Inject
    Clock clock;

    @Inject
    Ledger ledger;

    @Inject
    OpenCallSearchWords searchWords;

    @Inject
    Idempotency idempotency;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    GrantAccess grants;

    @Inject
    OpenCallCutoffs cutoffs;

    public Idempotency.Result create(Long grantId, OpenCallDefinition d, String key, String user) {
        return idempotency.once(key, "open-call:" + grantId + ":" + user, d, 201, requestReference -> {
            Grant g = grants.lockedForMember(grantId, user);
            if (g.status != GrantStatus.SIGNED || g.envelopeAccountId == null) {
                throw DomainException.conflict("grant_not_signed", "grant " + g.number + " is " + g.status
                        + "; open calls are run from a signed grant's FSTP envelope");
            }
            String reference = "open-call:" + g.number + ":" + requestReference; // its ledger account's name
            var made = LedgerAccount.find(AccountKind.OPEN_CALL, reference);
            if (made.isPresent()) { // the same request, resent after its key expired: allocated once
                return view(OpenCall.<OpenCall>find("accountId", made.get().id).firstResult());
            }
            Call call = Call.findById(g.callId);
            Violations v = new Violations();
            v.addAll(OpenCallPolicy.check(d, call.maxPerThirdParty));
            v.throwIfAny("invalid_open_call", "the open call cannot be created");
            OpenCall oc = new OpenCall();
            oc.grantId = g.id;
            oc.title = d.title();
            oc.description = d.description();
            oc.instrument = d.instrument();
            oc.budget = d.budget();
            oc.fixedAmount = d.fixedAmount();
            oc.minAmount = d.minAmount();
            oc.maxAmount = d.instrument() == Instrument.CLUSTERXCHANGE ? null : d.maxAmount();
            oc.eligibleCountries = d.eligibleCountries() == null ? new String[0] : d.eligibleCountries().toArray(String[]::new);
            oc.sectors = Sectors.codes(d.sectors());
            oc.valueChains = Sectors.valueChains(d.valueChains());
            oc.typeOfSupport = TypeOfSupport.of(d.instrument(), d.typeOfSupport());
            oc.activities = d.activities() == null ? new String[0]
                    : d.activities().stream().map(Enum::name).distinct().toArray(String[]::new);
            oc.targetMarkets = TargetMarkets.codes(d.targetMarkets());
            oc.collectsEntrepreneurProfile = Boolean.TRUE.equals(d.collectsEntrepreneurProfile());
            oc.selection = d.selection();
            oc.waitlist = Boolean.TRUE.equals(d.waitlist());
            oc.opensAt = d.opensAt();
            oc.closesAt = d.closing(); // with cut-offs: the last one's
            oc.firstTranchePercent = d.firstTranchePercent() == null ? BigDecimal.ZERO : d.firstTranchePercent();
            oc.reportDays = d.reportDays() == null ? OpenCallDefinition.DEFAULT_REPORT_DAYS : d.reportDays();
            oc.reminderDays = d.reminderDaysBefore() == null ? OpenCallDefinition.DEFAULT_REMINDER_DAYS : d.reminderDaysBefore();
            oc.maxPerThirdParty = d.maxPerThirdParty() == null ? call.maxPerThirdParty : d.maxPerThirdParty();
            oc.deMinimisCap = Boolean.FALSE.equals(d.deMinimisCheck()) ? null
                    : d.deMinimisCap() == null ? OpenCallDefinition.DEFAULT_DE_MINIMIS_CAP : d.deMinimisCap();
            oc.applicationsPerSme = d.applicationsPerSme() != null ? d.applicationsPerSme()
                    : d.instrument() == Instrument.CLUSTERXCHANGE ? null : 1; // an exchange is one visitor's
            oc.applicantTypes = ApplicantTypes.stored(d.instrument(), d.applicantTypes());
            oc.inKindService = d.inKind() == null ? null : d.inKind().service();
            oc.inKindMaxDays = d.inKind() == null ? null : d.inKind().maxDays();
            oc.hostAmounts = d.hostAmounts() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(d.hostAmounts());
            oc.evaluateBy(d.evaluation());
            oc.createdBy = user;
            oc.createdAt = clock.instant();
            oc.accountId = 0L;
            LedgerAccount envelope = LedgerAccount.findById(g.envelopeAccountId);
            LedgerAccount account = ledger.open(AccountKind.OPEN_CALL, reference, d.title(), envelope.id, g.coordinatorId);
            oc.accountId = account.id;
            oc.persist();
            ledger.transfer(TransferKind.ALLOCATION, envelope.id, account.id, d.budget(), reference, user);
            cutoffs.create(oc, d, account, user);
            return view(oc);
        });
    }

    // reads in a transaction: one connection and one persistence context for the open call and what its view
    // names (outside one, each query took its own connection and session, and the batch loading below was lost)
    @Transactional(Transactional.TxType.REQUIRED)
    public OpenCallView get(Long id) {
        return view(OpenCall.<OpenCall>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("open call", String.valueOf(id))));
    }

    /** Every open call of a grant, newest first, for its consortium's members (and officers); anyone else: not found. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<OpenCallView> ofGrant(Long grantId, String user, boolean officer) {
        Grant g = grants.readable(grantId, user, officer);
        return OpenCall.<OpenCall>list("grantId = ?1 order by id desc", g.id).stream().map(this::view).toList();
    }

    /**
     * What creating this open call on the grant would refuse, every problem at once, without creating it (the page's
     * review step): the same {@link OpenCallPolicy} as {@link #create}. Members of the grant's beneficiaries only.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<io.grantflow.shared.problem.Violation> check(Long grantId, OpenCallDefinition d, String user) {
        Grant g = grants.readable(grantId, user, false);
        Call call = Call.findById(g.callId);
        return OpenCallPolicy.check(d, call.maxPerThirdParty);
    }

    /**
     * The public listing: open calls closing after {@code closingAfter} (default now) that pass every filter;
     * with a text search the best matches first (title, then value-chain keywords, then description weigh
     * most), otherwise, and among equals, by deadline.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Page<OpenCallView> list(OpenCallFilter f, PageRequest page) {
        // only read: the loaded open calls keep no snapshot and are not compared at the end of the transaction
        org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
        boolean readOnly = session.isDefaultReadOnly();
        session.setDefaultReadOnly(true);
        try {
            return read(f, page);
        } finally {
            session.setDefaultReadOnly(readOnly);
        }
    }

    @SuppressWarnings("unchecked")
    private Page<OpenCallView> read(OpenCallFilter f, PageRequest page) {
        StringBuilder where = new StringBuilder(" closes_at > :after");
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("after", java.sql.Timestamp.from(f.closingAfter() == null ? clock.instant() : f.closingAfter()));
        if (f.closingBefore() != null) {
            where.append(" and closes_at <= :before");
            p.put("before", java.sql.Timestamp.from(f.closingBefore()));
        }
        if (f.instrument() != null) {
            where.append(" and instrument = :instrument");
            p.put("instrument", f.instrument().name());
        }
        if (f.typeOfSupport() != null) {
            where.append(" and type_of_support = :typeOfSupport");
            p.put("typeOfSupport", f.typeOfSupport().name());
        }
        if (f.grant() != null) {
            where.append(" and grant_id = :grant");
            p.put("grant", f.grant());
        }
        if (f.country() != null) {
            where.append(" and (cardinality(eligible_countries) = 0 or cast(:country as varchar) = any(eligible_countries))");
            p.put("country", f.country());
        }
        if (f.targetMarket() != null) {
            where.append(" and target_markets && cast(string_to_array(cast(:markets as text), ',') as varchar[])");
            p.put("markets", String.join(",", TargetMarkets.related(f.targetMarket())));
        }
        if (f.sector() != null) {
            where.append(" and (cardinality(sectors) = 0 or cast(:sector as varchar) = any(sectors))");
            p.put("sector", f.sector().name());
        }
        String select;
        java.util.Map<String, Object> only = new java.util.HashMap<>(); // the page's own parameters, not the count's
        if (f.text() == null) {
            // each table's page from its deadline index (the outer sort orders at most offset + size rows), and the
            // count from the same index, alone (a window counting every open call still to close buffered them all)
            select = "select id, 0 as total from (" + ListedOpenCalls.eitherTable("(select id, closes_at", where
                    + " order by closes_at, id limit :reach)") + ") listed order by closes_at, id";
            only.put("reach", page.offset() + page.size());
        } else {
            // the index finds the words of the open calls, not prefixes; the ranking weighs the words as typed
            OpenCallSearch.IndexQuery q = f.text().indexQuery(searchWords.lookUp(f.text()));
            List<String> parts = new java.util.ArrayList<>();
            if (q.begun() != null) {
                parts.add("cast(cast(:begun as text) as tsquery)");
                p.put("begun", q.begun());
            }
            if (q.rest() != null) {
                parts.add("to_tsquery(cast('grantflow.search' as regconfig), cast(:rest as text))");
                p.put("rest", q.rest());
            }
            only.put("ranked", f.text().tsquery());
            // the queries in scalar subqueries: computed once per statement, also in a generic plan of the prepared
            // statement, which otherwise read the text into a query again for every match it ranks (10-30 ms)
            where.append(" and search_document @@ (select ").append(String.join(" && ", parts)).append(")");
            // one statement gives the page and the number of matches, which are found once; each match is ranked
            // where it is read, so the window and the sort carry three narrow columns, not the search documents
            // (which made the window spill to disk for common words)
            select = "select id, count(*) over () as total from (" + ListedOpenCalls.eitherTable(
                    "select id, closes_at, ts_rank(search_document, (select to_tsquery(cast('grantflow.search' as "
                            + "regconfig), cast(:ranked as text)))) as rank", where.toString())
                    + ") matches order by rank desc, closes_at, id";
        }
        var rows = em.createNativeQuery(select);
        p.forEach(rows::setParameter);
        only.forEach(rows::setParameter);
        List<Object[]> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total;
        if (f.text() == null || found.isEmpty()) { // a page past the end has no row to carry the number
            var count = em.createNativeQuery(ListedOpenCalls.countInEitherTable(where.toString()));
            p.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        } else {
            total = ((Number) found.get(0)[1]).longValue();
        }
        List<Long> ids = found.stream().map(r -> ((Number) r[0]).longValue()).toList();
        java.util.Map<Long, OpenCall> byId = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            // the page's open calls with their grants, coordinators and ledger accounts in one query: the views
            // below find them in the persistence context
            em.createQuery("select oc, g, o, a from OpenCall oc join Grant g on g.id = oc.grantId join Organisation o"
                            + " on o.id = g.coordinatorId join LedgerAccount a on a.id = oc.accountId where oc.id in :ids",
                            Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> byId.put(((OpenCall) r[0]).id, (OpenCall) r[0]));
        }
        List<OpenCallView> items = ids.stream().map(id -> view(byId.get(id))).toList();
        return Page.of(items, page, total);
    }

    OpenCallView view(OpenCall oc) {
        Grant g = Grant.findById(oc.grantId);
        Organisation coordinator = Organisation.findById(g.coordinatorId);
        LedgerAccount account = LedgerAccount.findById(oc.accountId);
        OpenCallCutoffs.Summary budget = cutoffs.summary(oc, account);
        return new OpenCallView(oc.id, g.id, g.number, coordinator.legalName, oc.title, oc.description, oc.instrument,
                oc.typeOfSupport, Money.CURRENCY, oc.budget, budget.committed(), budget.remaining(), account.id, oc.fixedAmount, oc.minAmount,
                oc.maxAmount, Arrays.asList(oc.eligibleCountries), Arrays.asList(oc.sectors), Arrays.asList(oc.valueChains),
                Arrays.asList(oc.activities),
                oc.selection, oc.waitlist,
                oc.opensAt, oc.closesAt, oc.isOpenAt(clock.instant()), oc.firstTranchePercent.setScale(2), oc.reportDays,
                oc.maxPerThirdParty, oc.deMinimisCap, oc.applicationsPerSme, oc.hostAmounts,
                List.copyOf(ApplicantTypes.of(oc)), Arrays.asList(oc.targetMarkets), oc.collectsEntrepreneurProfile,
                budget.cutoffs(), OpenCallView.Evaluation.of(oc),
                oc.inKindByDays() ? new OpenCallDefinition.InKind(oc.inKindService, oc.inKindMaxDays) : null);
    }
}
