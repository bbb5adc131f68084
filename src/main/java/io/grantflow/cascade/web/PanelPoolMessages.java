package io.grantflow.cascade.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the consortium's panel page of an evaluated open call (pool, assignment run, consensus), in English;
 * {@code messages/panelpool_fr/de.properties}.
 */
@MessageBundle(value = "panelpool", locale = "en")
public interface PanelPoolMessages {

    @Message("Panel of {title}")
    String title(String title);

    @Message("Evaluators and consensus")
    String link();

    @Message("Choose the evaluators of this open call (users of the consortium's organisations, or experts of the programme's pool), assign them to the applications awaiting the decision{#if consensus}, and record the consensus of each application once its evaluations are in{/if}.")
    String intro(boolean consensus);

    @Message("Pool of evaluators")
    String pool();

    @Message("No evaluator yet.")
    String noEvaluators();

    @Message("Username")
    String username();

    @Message("Kind")
    String kind();

    @Message("{#when kind}{#is 'MEMBER'}member of the consortium{#is 'EXPERT'}expert of the programme{#else}{kind}{/when}")
    String kindName(String kind);

    @Message("Applications evaluated")
    String load();

    @Message("Evaluators (usernames)")
    String evaluators();

    @Message("One per line, or separated by commas. The list replaces the pool; an evaluator who evaluates applications stays.")
    String evaluatorsHint();

    @Message("Save the pool")
    String savePool();

    @Message("The pool is saved.")
    String poolSaved();

    @Message("Assignment")
    String assignment();

    @Message("Gives every application awaiting the decision its evaluators from the pool: never one of the applying organisation, the lightest load first. Only empty places are filled: run it again after new applications arrive.")
    String assignHint();

    @Message("Assign evaluators")
    String assign();

    @Message("{applications} application(s) looked at, {assigned} assignment(s) made.")
    String assigned(int applications, int assigned);

    @Message("Too few evaluators for application {application}: {evaluators} of {required}.")
    String shortfall(String application, String evaluators, String required);

    @Message("Consensus")
    String consensus();

    @Message("No application has all its evaluations in yet.")
    String noneToAgree();

    @Message("Evaluators: {min} to {max}, average {average}")
    String spread(String min, String max, String average);

    @Message("the evaluators lie far apart")
    String divergent();

    @Message("Record the consensus")
    String record();

    @Message("The consensus is recorded.")
    String recorded();

    @Message("Not done")
    String refused();

    @Message("rule: {code}")
    String ruleCode(String code);

    @Message("{#when code}{#is 'unknown_evaluator'}This user is neither a member of the consortium's organisations nor an expert of the programme's pool.{#is 'duplicate_evaluator'}This evaluator is listed twice.{#is 'evaluator_assigned'}This evaluator evaluates applications and stays in the pool.{#is 'evaluator_pool_empty'}The pool has no evaluator: set it first.{#is 'required'}This is required.{#is 'criterion_not_scored'}A criterion has no score.{#is 'comment_too_short'}A comment is too short.{#is 'score_out_of_range'}A score is from 0 to 5.{#is 'not_a_half_point'}Scores are given in half points.{#is 'invalid_number'}Not a number.{#is 'evaluations_pending'}Not every evaluation is submitted yet.{#is 'application_not_under_review'}The application was decided or withdrawn.{#is 'invalid_evaluator_pool'}The pool cannot be set.{#is 'invalid_consensus'}The consensus cannot be recorded.{#else}This cannot be done now.{/when}")
    String problem(String code);
}
