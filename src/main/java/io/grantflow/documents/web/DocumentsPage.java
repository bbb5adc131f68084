package io.grantflow.documents.web;

import io.grantflow.documents.api.DocumentView;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.web.Paging;

import java.util.List;

/**
 * What {@code documents/documents.html} shows: the owner ({@code type:id}, its title and page), its documents, whether
 * the reader may add one (the form), what was just done, and why an upload was refused (every problem, each with the
 * field it concerns).
 */
public record DocumentsPage(String owner, String ownerType, String title, String backPath, List<DocumentView> documents,
                            Paging paging, boolean uploadForm, boolean uploaded, List<Violation> problems,
                            long maxSize) {

    /** The problems about the chosen file (shown beside the file input). */
    public List<Violation> fileProblems() {
        return problems.stream().filter(v -> "file".equals(v.field())).toList();
    }

    /** The largest document, in whole megabytes (for the hint). */
    public long maxMegabytes() {
        return maxSize / (1024 * 1024);
    }
}
