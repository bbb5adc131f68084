package io.grantflow.cascade.web;

import io.grantflow.cascade.api.OpenCallFilter;
import io.grantflow.cascade.application.OpenCallSearch;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.TargetMarkets;
import io.grantflow.cascade.domain.TypeOfSupport;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.geo.Countries;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.sector.Ecosystem;
import io.grantflow.shared.time.Brussels;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The filters of the open-calls page as its GET form sends them (each optional, so every filtered list
 * has a stable URL). They are read with the same rules as {@code GET /api/open-calls} ({@link Requests#queryEnum},
 * {@link Countries#isIso}); a value that cannot be read is left out and the page says so.
 *
 * <p>Adding a filter: a component here, its reading in {@link #read}, its place in {@link #query()}, an
 * input in {@code templates/cascade/open-calls.html}, and its argument in {@code OpenCallPages.list}.
 */
public record OpenCallFilters(String text, String country, String sector, String typeOfSupport, String instrument,
                              String closingBefore, String targetMarket) {

    /** The parameters in the order the form has them (blank ones are left out of links). */
    public Map<String, String> query() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("text", text);
        q.put("country", country);
        q.put("sector", sector);
        q.put("typeOfSupport", typeOfSupport);
        q.put("instrument", instrument);
        q.put("closingBefore", closingBefore);
        q.put("targetMarket", targetMarket);
        return q;
    }

    /** The filter as the open-call query service takes it; what cannot be read is added to {@code v} and left out. */
    public OpenCallFilter read(Violations v) {
        String c = blank(country) ? null : country.trim().toUpperCase(Locale.ROOT);
        if (c != null && !Countries.isIso(c)) {
            v.add("country", "invalid_query_parameter", "an ISO 3166-1 alpha-2 code");
            c = null;
        }
        Ecosystem s = Requests.queryEnum(sector, Ecosystem.class, "sector", v);
        TypeOfSupport t = Requests.queryEnum(typeOfSupport, TypeOfSupport.class, "typeOfSupport", v);
        Instrument i = Requests.queryEnum(instrument, Instrument.class, "instrument", v);
        OpenCallSearch search = OpenCallSearch.read(text, v);
        String market = TargetMarkets.normalise(targetMarket);
        if (market != null && !TargetMarkets.isKnown(market)) {
            v.add("targetMarket", "invalid_query_parameter", "a country (ISO 3166-1 alpha-2) or a region");
            market = null;
        }
        return new OpenCallFilter(c, s, i, t, null, endOfDay(closingBefore, v), null, search, market);
    }

    /** Shown in the form: the filters as read, with unreadable ones blank. */
    public static OpenCallFilters of(OpenCallFilter f, String closingBefore) {
        return new OpenCallFilters(f.text() == null ? "" : f.text().text(), f.country() == null ? "" : f.country(),
                f.sector() == null ? "" : f.sector().name(), f.typeOfSupport() == null ? "" : f.typeOfSupport().name(),
                f.instrument() == null ? "" : f.instrument().name(), f.closingBefore() == null ? "" : closingBefore.trim(),
                f.targetMarket() == null ? "" : f.targetMarket());
    }

    /** A date of the form's date field: the open calls closing by the end of that day, Brussels time. */
    private static Instant endOfDay(String date, Violations v) {
        if (blank(date)) {
            return null;
        }
        try {
            return LocalDate.parse(date.trim()).plusDays(1).atStartOfDay(Brussels.ZONE).toInstant().minusSeconds(1);
        } catch (DateTimeParseException e) {
            v.add("closingBefore", "invalid_query_parameter", "a date such as 2027-03-04");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
