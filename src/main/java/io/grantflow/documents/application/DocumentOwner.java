package io.grantflow.documents.application;

import io.grantflow.shared.problem.DomainException;

/**
 * The plug by which a feature lets documents be attached to its objects (docs/documents.md). A feature that owns
 * documents implements it as an {@code @ApplicationScoped} bean in its own {@code application} package, reusing
 * its own access rules; the documents feature finds the beans by {@link #type()} (it depends on no owner).
 * <ul>
 *   <li>{@link #requireReadable}: who lists, reads and downloads the documents: exactly those who can read the
 *   owner. Anyone else gets {@code not_found} (404), as for the owner itself.</li>
 *   <li>{@link #requireWritable}: who uploads, and whether the owner still takes documents. Strangers get
 *   {@code not_found}; once the owner is submitted or otherwise locked, {@link #submitted} (409
 *   {@value #OWNER_SUBMITTED}): its documents stay as they were, a change is a new document on the next version.
 *   It runs in the upload's transaction and should lock the owner's row, so that a concurrent submission waits
 *   for the upload (or the upload for the submission).</li>
 * </ul>
 * Implemented by {@code proposals} ({@code proposal}) and {@code cascade} ({@code application}); the grants'
 * reports and work packages add theirs the same way.
 */
public interface DocumentOwner {

    /** The stable code of an upload to an owner that no longer takes documents. */
    String OWNER_SUBMITTED = "document_owner_submitted";

    /** Who asks: the user (their handle) and whether they are an officer. */
    record Actor(String user, boolean officer) {
    }

    /** The owner type, as written in {@code owner=type:id} (lower case, e.g. {@code proposal}). */
    String type();

    /** Returns when {@code actor} may read owner {@code ownerId}; otherwise throws {@code not_found}. */
    void requireReadable(long ownerId, Actor actor);

    /** Returns when {@code actor} may add documents to owner {@code ownerId} now (see above); otherwise throws. */
    void requireWritable(long ownerId, Actor actor);

    /**
     * The owner's version a document added now belongs to, recorded with it (null: the owner has no versions).
     * Called in the upload's transaction right after {@link #requireWritable}, the owner's row locked.
     */
    default Integer version(long ownerId) {
        return null;
    }

    /** How the pages name the owner (e.g. "Proposal HYTRAIN"); called after {@link #requireReadable}. */
    default String title(long ownerId) {
        return type() + " " + ownerId;
    }

    /** The page of the owner that the documents page links back to, or null. */
    default String pagePath(long ownerId) {
        return null;
    }

    /** The refusal of an upload to an owner that no longer takes documents. */
    static DomainException submitted(String detail) {
        return DomainException.conflict(OWNER_SUBMITTED, detail);
    }
}
