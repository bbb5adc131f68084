package io.grantflow.exports.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the desk's exports page, in English; {@code messages/exportdesk_fr.properties} and
 * {@code exportdesk_de.properties} translate them.
 */
@MessageBundle(value = "exportdesk", locale = "en")
public interface ExportDeskMessages {

    @Message("Exports")
    String title();

    @Message("Tables for other systems as CSV or XLSX, run in the background, and the 360Giving packages.")
    String cardSummary();

    @Message("A table is exported in the background: start it here, follow its progress below, and download the file once it is done. Files are kept for a week.")
    String intro();

    @Message("Start an export")
    String startTitle();

    @Message("Table")
    String kindLabel();

    @Message("{#when kind}"
            + "{#is 'ranking'}Ranking of a call (call; cut-off for a call with several)"
            + "{#is 'grants'}Grants (all, or one call's)"
            + "{#is 'open-calls'}Open calls of consortia (all, or one grant's)"
            + "{#is 'applications'}Applications of SMEs (all, one open call's or one grant's)"
            + "{#is 'recipients'}Recipients of support to third parties (all, or one grant's)"
            + "{#is 'payments'}Payment orders (all, or those in one status)"
            + "{#is 'fstp-report'}FSTP report of a grant for the EU portal (grant)"
            + "{#else}{kind}{/when}")
    String kind(String kind);

    @Message("Format")
    String formatLabel();

    @Message("Parameters")
    String parameters();

    @Message("Fill in only what the table takes (see its name); leave the others empty.")
    String parametersHint();

    @Message("Call identifier")
    String callLabel();

    @Message("Cut-off (0 for the first)")
    String cutoffLabel();

    @Message("Grant (its number in Grantflow, e.g. 12)")
    String grantLabel();

    @Message("Open call (its number)")
    String openCallLabel();

    @Message("Payment status")
    String statusLabel();

    @Message("Any status")
    String anyStatus();

    @Message("{#when status}"
            + "{#is 'PENDING_APPROVAL'}Waiting for approval{#is 'APPROVED'}Approved{#is 'PAID'}Paid"
            + "{#is 'REJECTED'}Rejected{#is 'FAILED'}Failed{#else}{status}{/when}")
    String paymentStatus(String status);

    @Message("Start the export")
    String start();

    @Message("The export could not be started")
    String refusedTitle();

    @Message("{#when code}"
            + "{#is 'not_found'}Nothing has this reference: check the call, grant or open call."
            + "{#is 'required'}This table needs this parameter."
            + "{#is 'cutoff_required'}This call has several cut-offs: give the cut-off."
            + "{#is 'invalid_cutoff'}This call has no such cut-off."
            + "{#is 'invalid_query_parameter'}This value cannot be read here."
            + "{#is 'unknown_export'}Choose a table from the list."
            + "{#is 'idempotency_key_mismatch'}This form started another export already: check your choices and start again."
            + "{#else}The export cannot be started as it is.{/when}")
    String problem(String code);

    @Message("rule: {code}")
    String ruleCode(String code);

    @Message("Export {id} started. It runs in the background; refresh this page to follow it.")
    String started(String id);

    @Message("My exports")
    String jobsTitle();

    @Message("You have not started an export yet.")
    String noJobs();

    @Message("Refresh")
    String refresh();

    @Message("An export is still running: refresh the page to see its progress.")
    String stillRunning();

    @Message("Export")
    String job();

    @Message("Started")
    String startedAt();

    @Message("Status")
    String status();

    @Message("Progress")
    String progress();

    @Message("File")
    String file();

    @Message("{#when status}{#is 'RUNNING'}Running{#is 'DONE'}Done{#is 'FAILED'}Failed{#else}{status}{/when}")
    String jobStatus(String status);

    @Message("{done} of {total} rows")
    String rows(long done, long total);

    @Message("{done} rows, counting")
    String rowsCounting(long done);

    @Message("Download the {format} file")
    String download(String format);

    @Message("kept until {date}")
    String keptUntil(String date);

    @Message("Brussels time")
    String brusselsTime();

    @Message("360Giving packages")
    String givingTitle();

    @Message("The grants awarded and the consortia's awards to SMEs in the 360Giving Data Standard (JSON), downloaded at once.")
    String givingIntro();

    @Message("Grants awarded (all, or one call's)")
    String givingGrants();

    @Message("Awards to SMEs (all, or one grant's)")
    String givingSmeAwards();

    @Message("Download the package")
    String givingDownload();
}
