package io.grantflow.audit.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the desk's audit page, in English; {@code messages/auditdesk_fr.properties} and
 * {@code auditdesk_de.properties} translate them.
 */
@MessageBundle(value = "auditdesk", locale = "en")
public interface AuditDeskMessages {

    @Message("Audit trail")
    String title();

    @Message("Who changed what and when, for any call, proposal, grant, application or payment, and whether the trail is intact.")
    String cardSummary();

    @Message("Every change to a call, proposal, evaluation, assignment, ranking, grant, open call, application, payment order, ledger transfer or KPI report is recorded by the database, chained by hashes so that a changed or removed record shows.")
    String intro();

    @Message("Object")
    String objectLabel();

    @Message("Its type and number, e.g. grant:12 or proposal:42. Types: {types}.")
    String objectHint(String types);

    @Message("Show the trail")
    String show();

    @Message("{#when code}"
            + "{#is 'invalid_query_parameter'}Write the type and the number with a colon between them, e.g. grant:12."
            + "{#else}This reference cannot be read.{/when}")
    String problem(String code);

    @Message("rule: {code}")
    String ruleCode(String code);

    @Message("Verification")
    String verification();

    @Message("The audit trail is intact: {records} records of {objects} objects verified, each against its content, its predecessor and the end of its chain.")
    String allIntact(long records, long objects);

    @Message("The audit trail is broken: {count} {#if count == 1}problem was{#else}problems were{/if} found in {records} records. Operations must look at it now (docs/operations.md).")
    String allBroken(int count, long records);

    @Message("The chain of {object} is intact: verified.")
    String objectIntact(String object);

    @Message("The chain of {object} is broken:")
    String objectBroken(String object);

    @Message("{#if seq}at record {seq}{#else}at the end of the chain{/if}: {#when problem}"
            + "{#is 'content_changed'}the record's content was changed after it was written"
            + "{#is 'record_missing_before'}a record before it is missing"
            + "{#is 'chain_broken'}it does not follow the record before it"
            + "{#is 'chain_end_missing'}the last records of the chain are missing"
            + "{#else}{problem}{/when}")
    String brokenAt(Integer seq, String problem);

    @Message("Records of {object}")
    String recordsOf(String object);

    @Message("Nothing has been recorded for {object}.")
    String noRecords(String object);

    @Message("No.")
    String seq();

    @Message("When")
    String when();

    @Message("Who")
    String who();

    @Message("What")
    String what();

    @Message("Changes")
    String changes();

    @Message("{#when operation}{#is 'INSERT'}Created{#is 'UPDATE'}Changed{#is 'DELETE'}Deleted{#else}{operation}{/when}")
    String operation(String operation);

    @Message("Field")
    String field();

    @Message("Before")
    String before();

    @Message("After")
    String after();

    @Message("Brussels time")
    String brusselsTime();
}
