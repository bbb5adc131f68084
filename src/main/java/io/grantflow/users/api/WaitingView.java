package io.grantflow.users.api;

import java.util.List;

/** What is waiting for a person ({@code GET /api/me}): the tasks and their total count. */
public record WaitingView(int total, List<Task> tasks) {

    /** One kind of work: how many items wait, and where they are (the act is a POST below each link). */
    public record Task(String task, String description, int count, List<String> links) {
    }
}
