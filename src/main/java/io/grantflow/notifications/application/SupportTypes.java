package io.grantflow.notifications.application;

import java.util.Set;

/**
 * The types of support a person may choose among their interests: the open calls' taxonomy, published by the
 * feature that owns it (cascade implements this port, so that notifications need not know cascade).
 */
public interface SupportTypes {

    /** The codes, as open calls store them. */
    Set<String> codes();
}
