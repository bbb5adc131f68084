package io.grantflow.web;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.TestClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The data the browser tests look at, made once per test run through the API (the test profile loads no
 * demo data): a signed grant and its open calls, all closing after {@link #FUTURE}. The tests move the
 * business clock {@link #FUTURE} ahead ({@link #travel()}), so that the lists show these open calls and
 * none of the other tests' (which close within days).
 */
final class PageFixtures {

    /** How far ahead the pages are looked at. */
    static final Duration FUTURE = Duration.ofDays(400);

    /** Travel vouchers beside the three named open calls: 12 in all, two pages of 10. */
    static final int TRAVEL_VOUCHERS = 9;

    record OpenCalls(String tag, long space, String spaceTitle, long hydrogen, String hydrogenTitle,
                     long exchange, String exchangeTitle, Instant base) {
    }

    private static OpenCalls openCalls;

    private PageFixtures() {
    }

    /** The business clock {@link #FUTURE} ahead; {@link TestClock#reset()} brings it back. */
    static void travel() {
        TestClock.reset();
        TestClock.advance(FUTURE);
    }

    /** Made at the first call, with the real clock; instants relative to {@code base} (now). */
    static synchronized OpenCalls openCalls() {
        if (openCalls != null) {
            return openCalls;
        }
        TestClock.reset();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Instant base = Instant.now();
        GrantFixtures.SignedGrant grant = GrantFixtures.signedGrant();

        Map<String, Object> space = GrantFixtures.openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", "9000.00");
        space.put("title", "Space data vouchers " + tag);
        space.put("description", "Vouchers for SMEs that use satellite data.");
        space.put("maxAmount", "3000.00");
        space.put("sectors", List.of("AEROSPACE_DEFENCE"));
        space.put("valueChains", List.of("space data"));
        space.put("eligibleCountries", List.of("FR", "DE"));
        space.put("closesAt", base.plus(FUTURE).plus(Duration.ofDays(3)).plus(Duration.ofHours(2)).toString());
        long spaceId = create(grant, space);

        Map<String, Object> hydrogen = GrantFixtures.openCall("FIXED_LUMP_SUM", "EVALUATED", "22000.00");
        hydrogen.put("title", "Hydrogen safety lump sums " + tag);
        hydrogen.put("description", "A lump sum for hydrogen-safety training of SME staff.");
        hydrogen.put("fixedAmount", "1100.00");
        hydrogen.put("sectors", List.of("RENEWABLE_ENERGY"));
        hydrogen.put("valueChains", List.of("hydrogen"));
        hydrogen.put("firstTranchePercent", 50);
        hydrogen.put("targetMarkets", List.of("NORTH_AMERICA", "JP"));
        hydrogen.put("closesAt", base.plus(FUTURE).plus(Duration.ofDays(10)).toString());
        long hydrogenId = create(grant, hydrogen);

        Map<String, Object> exchange = GrantFixtures.openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "20000.00");
        exchange.put("title", "ClusterXchange visits " + tag);
        exchange.put("hostAmounts", Map.of("FR", "1100.00", "IT", "825.00"));
        exchange.put("closesAt", base.plus(FUTURE).plus(Duration.ofDays(20)).toString());
        long exchangeId = create(grant, exchange);

        for (int i = 1; i <= TRAVEL_VOUCHERS; i++) {
            Map<String, Object> travel = GrantFixtures.openCall("TRAVEL_VOUCHER", "FIRST_COME_FIRST_SERVED", "1000.00");
            travel.put("title", "Trade-fair travel " + i + " " + tag);
            travel.put("maxAmount", "500.00");
            travel.put("closesAt", base.plus(FUTURE).plus(Duration.ofDays(30 + i)).toString());
            create(grant, travel);
        }
        openCalls = new OpenCalls(tag, spaceId, (String) space.get("title"), hydrogenId, (String) hydrogen.get("title"),
                exchangeId, (String) exchange.get("title"), base);
        return openCalls;
    }

    private static long create(GrantFixtures.SignedGrant grant, Map<String, Object> definition) {
        return GrantFixtures.createOpenCall(grant, definition).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
