package io.grantflow.documents.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the documents page ({@code /my/documents}), in English; {@code messages/docpages_fr.properties} and
 * {@code docpages_de.properties} translate them. A refusal is said in plain words beside its code, so that a person
 * can quote it.
 */
@MessageBundle(value = "docpages", locale = "en")
public interface DocumentPageMessages {

    @Message("{#when type}{#is 'proposal'}Proposal{#is 'application'}Application{#is 'report'}Report"
            + "{#is 'work-package'}Work package{#else}{type}{/when}")
    String ownerKind(String type);

    @Message("Documents – {title}")
    String title(String title);

    @Message("{#when type}{#is 'proposal'}Back to the proposal{#is 'application'}Back to the application"
            + "{#is 'report'}Back to the report{#is 'work-package'}Back to the work package{#else}Back{/when}")
    String back(String type);

    @Message("Documents")
    String listTitle();

    @Message("Documents: proofs and other files")
    String linkFromOwner();

    @Message("{#if n == 0}No documents yet.{#else if n == 1}1 document{#else}{n} documents{/if}")
    String count(long n);

    @Message("The documents, oldest first")
    String caption();

    @Message("File")
    String nameColumn();

    @Message("Type")
    String typeColumn();

    @Message("Size")
    String sizeColumn();

    @Message("Added by")
    String byColumn();

    @Message("Added on")
    String atColumn();

    @Message("Version")
    String versionColumn();

    @Message("{#if n == 0}before the first submission{#else}after version {n}{/if}")
    String version(Integer n);

    @Message("download")
    String download();

    @Message("Brussels time")
    String brusselsTime();

    @Message("Add a document")
    String uploadTitle();

    @Message("File to add")
    String fileLabel();

    @Message("PDF, OpenDocument, Word, Excel or PowerPoint, PNG, JPEG or CSV; at most {max} MB. The type is read "
            + "from the file's content. A document does not change once added: to correct one, add a new one.")
    String fileHint(Long max);

    @Message("Add the document")
    String uploadButton();

    @Message("No document can be added here now; you can read and download those above.")
    String noUpload();

    @Message("The document was added.")
    String uploaded();

    @Message("The document was not added:")
    String refused();

    @Message("Rule")
    String ruleCode();

    @Message("{#when code}"
            + "{#is 'required'}{#if field == 'owner'}The page does not say where the document goes.{#else}Choose a file.{/if}"
            + "{#is 'invalid_owner'}The page does not say where the document goes."
            + "{#is 'empty_file'}The file is empty."
            + "{#is 'file_name_required'}The file needs a name."
            + "{#is 'file_name_too_long'}The file's name is longer than 200 characters."
            + "{#is 'invalid_file_name'}The file's name may not contain a folder, quotes or control characters, nor start or end with a space."
            + "{#is 'document_too_large'}The file is larger than {max} MB."
            + "{#is 'unsupported_document_type'}This kind of file is not taken: only PDF, OpenDocument, Word, Excel, PowerPoint, PNG, JPEG and CSV files, recognised by their content."
            + "{#is 'document_owner_submitted'}Documents can no longer be added here: what was submitted stays as it is."
            + "{#is 'document_infected'}The virus scanner found a virus in the file."
            + "{#is 'document_scanner_unavailable'}The virus scanner is not available; nothing was added, try again later."
            + "{#else}The document was refused.{/when}")
    String problem(String field, String code, Long max);
}
