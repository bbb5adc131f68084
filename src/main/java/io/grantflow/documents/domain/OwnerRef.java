package io.grantflow.documents.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a document belongs to: an owner type (e.g. {@code proposal}) and the owner's id, written {@code proposal:12}. */
public record OwnerRef(String type, long id) {

    private static final Pattern FORM = Pattern.compile("([a-z][a-z_-]{0,39}):([1-9][0-9]{0,17})");

    /** The reference written as {@code type:id}, or null when {@code text} is not of that form. */
    public static OwnerRef parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.trim());
        return m != null && m.matches() ? new OwnerRef(m.group(1), Long.parseLong(m.group(2))) : null;
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
