package io.grantflow.evaluation.web;

import io.grantflow.evaluation.api.AssignmentView;
import io.grantflow.evaluation.application.AssignmentAccess;
import io.grantflow.evaluation.domain.ScoringPolicy;
import io.grantflow.shared.problem.Violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** What the evaluation desk's templates show, and the scoring form as it was typed. */
final class EvaluationDeskModels {

    private EvaluationDeskModels() {
    }

    /** The scores offered: 0 to 5 in half points. */
    static final List<BigDecimal> SCORES = IntStream.rangeClosed(0, 10)
            .mapToObj(i -> BigDecimal.valueOf(i).divide(BigDecimal.valueOf(2)).setScale(1)).toList();

    /** A refusal: its code and the violations behind it (each shown beside its criterion too). */
    record Refusal(String code, List<Violation> violations) {
    }

    /** The draft saved meanwhile elsewhere, shown beside the typed one. */
    record Newer(int version, Instant at) {
    }

    /**
     * One criterion of the form: what the sheet says about it, the score and comment as typed (or saved), the problems
     * found with them, and the newer draft's score and comment when another tab saved one meanwhile.
     */
    record Row(int index, String criterion, BigDecimal weight, BigDecimal threshold, String score, String comment,
               List<String> problems, AssignmentView.ScoreView newer) {
    }

    /** The scoring page: the assignment, its sheet, the rows, the version the form replaces, and what happened. */
    record ScoringForm(AssignmentView assignment, AssignmentAccess.Sheet sheet, List<Row> rows, int version,
                   Refusal refusal, Newer newer, boolean locked) {

        public String thresholds() {
            return String.join(", ", rows.stream().map(r -> r.criterion() + " " + r.threshold().toPlainString()).toList())
                    + (sheet.overallThreshold() == null ? "" : "; total " + sheet.overallThreshold().toPlainString());
        }
    }

    /** The form as typed: criterion, score and comment lists in the sheet's order (as the page renders them). */
    record Typed(List<String> criteria, List<String> scores, List<String> comments) {

        String score(int i) {
            return i < scores.size() ? scores.get(i).strip() : "";
        }

        String comment(int i) {
            return i < comments.size() ? comments.get(i) : "";
        }

        /** The entries to save, one per criterion of the sheet; scores that are not numbers reported in {@code out}. */
        List<ScoringPolicy.Entry> entries(AssignmentAccess.Sheet sheet, List<Violation> out) {
            List<ScoringPolicy.Entry> entries = new ArrayList<>();
            for (int i = 0; i < sheet.criteria().size(); i++) {
                String name = sheet.criteria().get(i).name();
                int at = criteria.indexOf(name);
                String score = at < 0 ? "" : score(at);
                BigDecimal value = null;
                if (!score.isEmpty()) {
                    try {
                        value = new BigDecimal(score.replace(',', '.'));
                    } catch (NumberFormatException e) {
                        out.add(new Violation("scores[" + i + "].score", "invalid_number", "not a number: " + score));
                    }
                }
                entries.add(new ScoringPolicy.Entry(name, value, at < 0 ? null : comment(at)));
            }
            return entries;
        }
    }

    /** The rows of the sheet with the typed (or saved) values, each criterion's problems and the newer draft. */
    static List<Row> rows(AssignmentAccess.Sheet sheet, Typed typed, List<Violation> violations,
                          List<AssignmentView.ScoreView> newer) {
        Map<String, AssignmentView.ScoreView> newerBy = new HashMap<>();
        if (newer != null) {
            newer.forEach(s -> newerBy.put(s.criterion(), s));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < sheet.criteria().size(); i++) {
            AssignmentAccess.SheetCriterion c = sheet.criteria().get(i);
            int at = typed.criteria().indexOf(c.name());
            String prefix = "scores[" + i + "]";
            List<String> problems = violations.stream()
                    .filter(v -> v.field().equals(c.name()) || v.field().startsWith(prefix + ".")
                            || v.field().equals(prefix))
                    .map(Violation::code).toList();
            String score = at < 0 ? "" : typed.score(at);
            String comment = at < 0 ? "" : typed.comment(at);
            AssignmentView.ScoreView other = newerBy.get(c.name());
            boolean same = other != null && score.equals(other.score() == null ? "" : other.score().toPlainString())
                    && comment.equals(other.comment() == null ? "" : other.comment());
            rows.add(new Row(i, c.name(), c.weight(), c.threshold(), score, comment, problems, same ? null : other));
        }
        return rows;
    }

    /** The form as the saved draft fills it. */
    static Typed saved(List<AssignmentView.ScoreView> scores) {
        return new Typed(scores.stream().map(AssignmentView.ScoreView::criterion).toList(),
                scores.stream().map(s -> s.score() == null ? "" : s.score().toPlainString()).toList(),
                scores.stream().map(s -> s.comment() == null ? "" : s.comment()).toList());
    }
}
