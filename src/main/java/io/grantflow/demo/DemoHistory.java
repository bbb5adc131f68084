package io.grantflow.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.calls.application.CallService;
import io.grantflow.evaluation.api.AssignmentView;
import io.grantflow.evaluation.application.ConsensusService;
import io.grantflow.evaluation.application.AssignmentAccess;
import io.grantflow.evaluation.application.Assignments;
import io.grantflow.evaluation.application.ExpertPool;
import io.grantflow.evaluation.application.Scoring;
import io.grantflow.evaluation.domain.ScoringPolicy;
import io.grantflow.grants.application.GrantAwards;
import io.grantflow.grants.application.GrantQueries;
import io.grantflow.grants.application.GrantSignature;
import io.grantflow.grants.api.GrantView;
import io.grantflow.payments.application.PaymentDecisions;
import io.grantflow.proposals.application.ProposalAccess;
import io.grantflow.proposals.application.ProposalSubmission;
import io.grantflow.ranking.application.RankingService;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.time.BusinessClock.HistoryReplay;
import io.grantflow.shared.time.Brussels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays the demo's history through the application services, as the people of the story would
 * have acted through the API, day by day: the business clock and the engine's clock move together
 * ({@link #advanceTo}), so deadlines pass, timers fire and asynchronous steps run in order. Runs
 * inside the demo loader's transaction. The story itself is listed in docs/operations.md.
 */
@ApplicationScoped
class DemoHistory {

    /** How far back the history starts (days before the day of loading). */
    static final int DAYS = 200;

    static final String OFFICER = "officer";
    static final String OFFICER2 = "officer2";
    static final List<String> EVALUATORS = List.of("evaluator1", "evaluator2", "evaluator3", "evaluator4");

    @Inject
    HistoryWorkflow engine;

    @Inject
    CallService calls;

    @Inject
    ProposalSubmission proposals;

    @Inject
    ExpertPool pool;

    @Inject
    Assignments assignments;

    @Inject
    AssignmentAccess access;

    @Inject
    Scoring scoring;

    @Inject
    ConsensusService consensus;

    @Inject
    RankingService ranking;

    @Inject
    GrantQueries grants;

    @Inject
    GrantAwards awards;

    @Inject
    GrantSignature signatures;

    @Inject
    PaymentDecisions paymentDecisions;

    @Inject
    DemoCascade cascade;

    @Inject
    DemoCascadeRounds cascadeRounds;

    @Inject
    DemoReports reports;

    @Inject
    ObjectMapper json;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    DemoLoading loading;

    /** What the replay made that later acts (and the story's summary) refer to. */
    record Story(long h2valleys, long nordifood, Map<String, Long> grants, Map<String, Long> applications,
                 Map<String, Integer> counts) {
    }

    private HistoryReplay replay;
    private LocalDate today;
    private int jobs;
    private long engineNanos;

    /** Replays the history from 200 days before {@code today}; the caller has seeded organisations and experts. */
    Story replay(HistoryReplay replay, LocalDate today, DemoRounds.Ids org, List<Long> experts) {
        this.replay = replay;
        this.today = today;
        Map<String, Integer> counts = new LinkedHashMap<>();

        // ---- the pilot round: published, proposals submitted, deadline passes
        loading.chapter("the pilot round is published and proposals come in");
        advanceTo(day(-200, 9));
        act(() -> calls.create(DemoRounds.decided(day(-200, 10), day(-170, 17)), OFFICER));
        act(() -> calls.publish(DemoRounds.DECIDED));
        act(() -> pool.setPool(DemoRounds.DECIDED, experts));
        advanceTo(day(-190, 11));
        long h2valleys = submit(DemoRounds.DECIDED, "coordinator", DemoRounds.proposal("H2VALLEYS",
                "Hydrogen valleys for SMEs", "RENEWABLE_ENERGY", org.flanders(), org.bavaria(), org.aragon()));
        advanceTo(day(-185, 15));
        long nordifood = submit(DemoRounds.DECIDED, DemoRounds.NORDIC, DemoRounds.proposal("NORDIFOOD",
                "Nordic and Baltic agri-food value chains", "AGRI_FOOD", org.nordic(), org.lithuania(), org.aragon()));
        advanceTo(day(-172, 16));
        long movex = submit(DemoRounds.DECIDED, "host", DemoRounds.proposal("MOVE-X", "Connected mobility exchanges",
                "MOBILITY", org.mobility(), org.bavaria(), org.lithuania()));
        advanceTo(day(-170, 18)); // the deadline passes: the batch closes, eligibility is re-checked

        // ---- evaluation: three experts per proposal, consensus, ranking with the budget line, award
        loading.chapter("the pilot round is evaluated, ranked and awarded");
        advanceTo(day(-168, 10));
        act(() -> assignments.assign(DemoRounds.DECIDED, null, null));
        advanceTo(day(-163, 14));
        Map<Long, List<Object>> scores = Map.of(h2valleys, List.of("4.5", "4.0", "4.5"),
                nordifood, List.of("4.0", "4.0", "4.0"), movex, List.of("3.5", "3.5", "4.0"));
        for (String expert : EVALUATORS) {
            for (AssignmentView a : access.myAssignments(expert, io.grantflow.shared.api.PageRequest.first(io.grantflow.shared.api.PageRequest.MAX_SIZE)).items()) {
                if (a.call().equals(DemoRounds.DECIDED)) {
                    act(() -> assignments.declare(a.id(), false, null, expert));
                    act(() -> scoring.saveScores(a.id(), entries(scores.get(a.proposalId()), expert), null, expert));
                    act(() -> scoring.submitScores(a.id(), expert));
                }
            }
        }
        advanceTo(day(-160, 10)); // the consensus steps open
        for (long p : List.of(h2valleys, nordifood, movex)) {
            act(() -> consensus.save(p, entries(scores.get(p), "the panel"), OFFICER));
            act(() -> consensus.agree(p, OFFICER));
        }
        advanceTo(day(-158, 11));
        act(() -> ranking.rank(DemoRounds.DECIDED, null, OFFICER, PageRequest.first(20)));
        act(() -> awards.award(DemoRounds.DECIDED, null, "demo-award-pilot", OFFICER));
        Map<String, Long> grantIds = new LinkedHashMap<>();
        for (GrantView g : grants.list(DemoRounds.DECIDED, null, OFFICER, true, PageRequest.first(20)).items()) {
            grantIds.put(g.acronym(), g.id());
        }

        // ---- signature: FSTP envelopes funded, pre-financing ordered by the awarding officer, approved, paid
        loading.chapter("the grants are signed and pre-financed");
        advanceTo(day(-150, 10));
        GrantView g1 = sign(grantIds.get("H2VALLEYS"), "coordinator", "BE71 0961 2345 6769");
        GrantView g2 = sign(grantIds.get("NORDIFOOD"), DemoRounds.NORDIC, "FI21 1234 5600 0007 85");
        advanceTo(day(-148, 9));
        act(() -> paymentDecisions.approve(g1.preFinancing().paymentOrder(), OFFICER2, true));
        act(() -> paymentDecisions.approve(g2.preFinancing().paymentOrder(), OFFICER2, true));
        advanceTo(day(-148, 10)); // the payments execute

        // ---- the consortium runs open calls for SMEs under its grant; the second round opens
        loading.chapter("the consortia run open calls for SMEs");
        cascade.firstOpenCall(this, g1.id(), org);
        advanceTo(day(-60, 9));
        act(() -> calls.create(DemoRounds.underEvaluation(day(-60, 10), day(-3, 17)), OFFICER));
        act(() -> calls.publish(DemoRounds.UNDER_EVALUATION));
        act(() -> pool.setPool(DemoRounds.UNDER_EVALUATION, experts));
        cascade.reportOfLumen();
        cascade.openCallsOfNow();
        cascadeRounds.openCallsOfNow(this, g1.id(), org);
        advanceTo(day(-29, 11));
        long hytrain = submit(DemoRounds.UNDER_EVALUATION, "coordinator", DemoRounds.proposal("HYTRAIN",
                "Hydrogen skills for SME staff", "RENEWABLE_ENERGY", org.flanders(), org.bavaria(), org.aragon()));
        advanceTo(day(-28, 15));
        long foodtwin = submit(DemoRounds.UNDER_EVALUATION, DemoRounds.NORDIC, DemoRounds.proposal("FOODTWIN",
                "Digital twins for food processors", "AGRI_FOOD", org.nordic(), org.lithuania(), org.aragon()));
        advanceTo(day(-27, 12));
        long batmob = submit(DemoRounds.UNDER_EVALUATION, "host", DemoRounds.proposal("BATMOB",
                "Battery value chains for mobility", "MOBILITY_TRANSPORT_AUTOMOTIVE", org.mobility(), org.bavaria(), org.lithuania()));
        // ---- the pilot round's first reporting period (four months) is over: the consortia report
        advanceTo(day(-26, 10));
        act(() -> reports.submitFirstReport(g1, "coordinator"));
        advanceTo(day(-25, 10));
        act(() -> reports.submitFirstReport(g2, DemoRounds.NORDIC));
        cascade.applicationsOfNow();

        // ---- the second round closed three days ago; the experts are at work
        loading.chapter("the second round is under evaluation");
        advanceTo(day(-3, 18));
        advanceTo(day(-2, 9));
        act(() -> assignments.assign(DemoRounds.UNDER_EVALUATION, null, null));
        cascade.lastAndForthcomingOpenCalls();
        cascadeRounds.decisionsOfNow();
        advanceTo(day(-1, 11));
        evaluateInPart(List.of(hytrain, foodtwin, batmob));
        advanceTo(day(-1, 15));

        // ---- the first reporting period is over: H2VALLEYS's report accepted, its interim payment ordered and
        // waiting for the second officer; NORDIFOOD's report waiting for an officer's review
        loading.chapter("reports are accepted and interim payments ordered");
        act(() -> reports.accept(g1.id(), OFFICER));
        counts.put("applications", cascade.applications().size());
        counts.put("grants", grantIds.size());
        counts.put("engineJobs", jobs);
        counts.put("engineMillis", (int) (engineNanos / 1_000_000));
        return new Story(h2valleys, nordifood, grantIds, cascade.applications(), counts);
    }

    /**
     * The round under evaluation: one proposal fully evaluated (its consensus waits for an officer), and
     * on the others every expert at another step: some have not declared, some have draft scores. The
     * fully evaluated proposal is one whose experts all have other work left, so every expert has
     * something to do.
     */
    private void evaluateInPart(List<Long> round) {
        Map<Long, List<AssignmentView>> byProposal = new LinkedHashMap<>();
        round.forEach(p -> byProposal.put(p, new ArrayList<>()));
        Map<String, List<AssignmentView>> byExpert = new LinkedHashMap<>();
        for (String expert : EVALUATORS) {
            List<AssignmentView> mine = access.myAssignments(expert, io.grantflow.shared.api.PageRequest.first(io.grantflow.shared.api.PageRequest.MAX_SIZE)).items().stream()
                    .filter(a -> a.call().equals(DemoRounds.UNDER_EVALUATION)).toList();
            byExpert.put(expert, mine);
            mine.forEach(a -> byProposal.get(a.proposalId()).add(a));
        }
        Long complete = byProposal.entrySet().stream().filter(e -> e.getValue().stream()
                        .allMatch(a -> experts(byExpert, a).size() > 1)).map(Map.Entry::getKey).findFirst().orElse(null);
        List<Object> consensusScores = List.of("4.0", "3.5", "4.5");
        int step = 0;
        for (Map.Entry<String, List<AssignmentView>> e : byExpert.entrySet()) {
            String expert = e.getKey();
            for (AssignmentView a : e.getValue()) {
                if (Long.valueOf(a.proposalId()).equals(complete)) {
                    act(() -> assignments.declare(a.id(), false, null, expert));
                    act(() -> scoring.saveScores(a.id(), entries(consensusScores, expert), null, expert));
                    act(() -> scoring.submitScores(a.id(), expert));
                } else if (step++ % 3 == 1) { // declared, scores in draft
                    act(() -> assignments.declare(a.id(), false, null, expert));
                    act(() -> scoring.saveScores(a.id(), entries(java.util.Arrays.asList("3.5", "4.0", null), expert), null, expert));
                } // else: the conflict declaration waits
            }
        }
    }

    private static List<AssignmentView> experts(Map<String, List<AssignmentView>> byExpert, AssignmentView a) {
        return byExpert.values().stream().filter(l -> l.stream().anyMatch(x -> x.id().equals(a.id()))).findFirst()
                .orElse(List.of());
    }

    private long submit(String call, String user, io.grantflow.proposals.domain.ProposalContent content) {
        ProposalAccess.Actor actor = new ProposalAccess.Actor(user, false);
        long id = proposals.create(call, content, actor).id();
        act(() -> proposals.submit(id, actor));
        return id;
    }

    private GrantView sign(long grant, String user, String iban) {
        act(() -> signatures.sign(grant, iban, "demo-sign-" + grant, user));
        return grants.get(grant, OFFICER, true);
    }

    private static List<ScoringPolicy.Entry> entries(List<Object> scores, String who) {
        List<String> criteria = List.of("Relevance", "Quality", "Impact");
        List<ScoringPolicy.Entry> out = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Object score = scores.get(i);
            if (score != null) {
                out.add(new ScoringPolicy.Entry(criteria.get(i), new BigDecimal(score.toString()),
                        criteria.get(i) + " as assessed by " + who + ": justified by the proposal's work plan."));
            }
        }
        return out;
    }

    /** Business time and the engine's time move to {@code at}; the jobs due by then run. */
    void advanceTo(Instant at) {
        loading.step();
        replay.moveTo(at);
        long t = System.nanoTime();
        jobs += get(() -> engine.catchUp(at));
        engineNanos += System.nanoTime() - t;
    }

    /**
     * One act of a person, as one request would be: what it changed is flushed and the persistence
     * context cleared afterwards, so the next act reads the database (row locks, ledger balances) as a
     * new request does. The whole replay still commits or rolls back as one transaction.
     */
    void act(Runnable act) {
        loading.step();
        act.run();
        em.flush();
        em.clear();
    }

    /** {@link #act(Runnable)} with an answer. */
    <T> T get(java.util.function.Supplier<T> act) {
        loading.step();
        T answer = act.get();
        em.flush();
        em.clear();
        return answer;
    }

    /** {@code offset} days from the day of loading, at {@code hour}:00 in Brussels. */
    Instant day(int offset, int hour) {
        return Brussels.at(today.plusDays(offset), hour, 0);
    }

    LocalDate date(int offset) {
        return today.plusDays(offset);
    }

    /** The id in a command's JSON answer (commands that take an Idempotency-Key answer JSON). */
    long id(Idempotency.Result result) {
        try {
            JsonNode node = json.readTree(result.body());
            return node.get("id").asLong();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
