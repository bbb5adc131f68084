package io.grantflow.notifications.domain;

import io.grantflow.shared.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts a notification's texts are written from, kept with the notification (column {@code params})
 * so that each text is rendered in its reader's language when it is mailed or shown: amounts and dates
 * are kept as values, not as English words, and formatted for the language (in Brussels time). A key is
 * stored as {@code name:type}; the templates read {@code name}.
 */
public final class NotificationParams {

    public enum Type { TEXT, MONEY, DATE, INSTANT, COUNTRY, NUMBER }

    private final Map<String, String> values = new LinkedHashMap<>();

    private NotificationParams() {
    }

    public static NotificationParams of() {
        return new NotificationParams();
    }

    public NotificationParams text(String name, Object value) {
        return put(name, Type.TEXT, value == null ? null : value.toString());
    }

    public NotificationParams money(String name, Money value) {
        return put(name, Type.MONEY, value == null ? null : value.amount().toPlainString());
    }

    public NotificationParams date(String name, LocalDate value) {
        return put(name, Type.DATE, value == null ? null : value.toString());
    }

    public NotificationParams instant(String name, Instant value) {
        return put(name, Type.INSTANT, value == null ? null : value.toString());
    }

    public NotificationParams country(String name, String isoCode) {
        return put(name, Type.COUNTRY, isoCode);
    }

    public NotificationParams number(String name, Number value) {
        return put(name, Type.NUMBER, value == null ? null : value.toString());
    }

    private NotificationParams put(String name, Type type, String value) {
        if (name.contains(":")) {
            throw new IllegalArgumentException("a parameter name has no colon: " + name);
        }
        if (value != null) {
            values.put(name + ":" + type.name().toLowerCase(), value);
        }
        return this;
    }

    /** As stored: {@code name:type} to value. */
    public Map<String, String> stored() {
        return Collections.unmodifiableMap(values);
    }

    /** The name and type of a stored key. */
    public static Map.Entry<String, Type> key(String stored) {
        int colon = stored.lastIndexOf(':');
        if (colon < 0) {
            return Map.entry(stored, Type.TEXT);
        }
        return Map.entry(stored.substring(0, colon), Type.valueOf(stored.substring(colon + 1).toUpperCase()));
    }
}
