package io.grantflow.organisations.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One problem of a form: its field as the form names it (null: the whole form), the rule's code, what it is about
 * (a keyword listed twice; may be null) and the service's own words (shown when the page has none for the code).
 */
public record FieldProblem(String field, String code, String subject, String message) {

    static final Pattern ROW = Pattern.compile("relatedEnterprises\\[(\\d+)]\\.(\\w+)");

    public FieldProblem {
        subject = subject == null ? "" : subject;
        message = message == null ? "" : message;
    }

    /** The id of the element the summary of problems links to. */
    public String anchor() {
        if (field == null) {
            return "register-form";
        }
        Matcher row = ROW.matcher(field);
        return row.matches() ? "re" + row.group(1) + "-" + row.group(2) : field;
    }

    /** The id of the element that says the problems of the field (for {@code aria-describedby}). */
    public String messageId() {
        return anchor() + "-error";
    }
}
