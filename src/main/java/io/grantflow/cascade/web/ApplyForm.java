package io.grantflow.cascade.web;

import io.grantflow.cascade.api.ApplicationRequest;
import io.grantflow.cascade.api.OpenCallView;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.organisations.api.OrganisationView;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.web.AmountInput;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The apply form as the SME typed it: every field as text, so that the page shows it again unchanged after a
 * refusal (also what could not be read, such as {@code 12,5x} in an amount). The field names are the
 * {@link ApplicationRequest}'s ({@code exchange.from}); {@code exchange.host} is the host's PIC, which
 * {@link #read} turns into the organisation's id. {@code idempotencyKey} is made when the form is first shown and
 * kept while it is shown again, so that a double submit makes one application.
 */
public class ApplyForm {

    /** The value of the {@code action} button that computes the ClusterXchange lump sum instead of applying. */
    public static final String COMPUTE = "compute";

    private static final Pattern PIC = Pattern.compile("\\d{9}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    @RestForm
    public String idempotencyKey;

    @RestForm
    public String action;

    @RestForm
    public String organisation;

    @RestForm
    public String requested;

    /** In kind by days: the days of the open call's service asked for. */
    @RestForm
    public String days;

    @RestForm
    public String purpose;

    @RestForm
    public String sector;

    @RestForm
    public String iban;

    @RestForm
    public String notInDifficulty;

    /** The entrepreneur profile, where the open call collects it: ticked is yes, left unticked is not answered. */
    @RestForm
    public String youngEntrepreneur;

    @RestForm
    public String newBusiness;

    @RestForm
    public String femaleLed;

    @RestForm
    public String noDoubleFunding;

    @RestForm
    public String deMinimisReceived;

    @RestForm("exchange.visitorName")
    public String visitorName;

    @RestForm("exchange.visitorId")
    public String visitorId;

    @RestForm("exchange.host")
    public String hostPic;

    @RestForm("exchange.from")
    public String from;

    @RestForm("exchange.to")
    public String to;

    @RestForm("exchange.distanceKm")
    public String distanceKm;

    /** A new, empty form with a fresh idempotency key; its only organisation and sector chosen already. */
    static ApplyForm blank(List<Long> organisations, List<String> sectors) {
        ApplyForm f = new ApplyForm();
        f.idempotencyKey = newKey();
        f.organisation = organisations.size() == 1 ? String.valueOf(organisations.get(0)) : null;
        f.sector = sectors.size() == 1 ? sectors.get(0) : null;
        return f;
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    boolean computing() {
        return COMPUTE.equals(action);
    }

    public boolean checked(String value) {
        return "true".equals(value);
    }

    /** A ticked box of the entrepreneur profile: yes; unticked: not answered (null). */
    private Boolean yes(String value) {
        return checked(value) ? Boolean.TRUE : null;
    }

    /**
     * What was read: the request for the application services, what could not be read (field, code), and the
     * exchange's host organisation found by its PIC (null when none was found or it is no exchange).
     */
    record Read(ApplicationRequest request, List<Violation> unreadable, OrganisationView hostOrganisation) {

        Long host() {
            return hostOrganisation == null ? null : hostOrganisation.id();
        }

        /** The figures the lump sum needs, when all of them were given and read. */
        boolean quotable() {
            ApplicationRequest.Exchange x = request.exchange();
            return x != null && host() != null && x.from() != null && x.to() != null && x.distanceKm() != null
                    && unreadable.stream().noneMatch(v -> v.field().startsWith("exchange."));
        }
    }

    /**
     * The request this form makes for {@code call}: amounts read in the page's language, the declarations
     * ticked or not given, the exchange for a ClusterXchange call only, its host found by PIC with {@code hosts}.
     */
    Read read(OpenCallView call, Locale locale, Function<String, Optional<OrganisationView>> hosts) {
        List<Violation> unreadable = new ArrayList<>();
        Long org = null;
        if (present(organisation)) {
            try {
                org = Long.valueOf(organisation.trim());
            } catch (NumberFormatException e) {
                unreadable.add(new Violation("organisation", "unknown_organisation", "not one of the organisations"));
            }
        }
        boolean asks = call.instrument() != Instrument.CLUSTERXCHANGE && !call.instrument().fixed() && call.inKind() == null;
        Money amount = asks ? amount(requested, "requested", locale, unreadable) : null;
        Money deMinimis = amount(deMinimisReceived, "deMinimisReceived", locale, unreadable);
        ApplicationRequest.Exchange exchange = null;
        OrganisationView host = null;
        if (call.instrument() == Instrument.CLUSTERXCHANGE) {
            host = host(hosts, unreadable);
            exchange = new ApplicationRequest.Exchange(text(visitorName), text(visitorId), host == null ? null : host.id(),
                    date(from, "exchange.from", unreadable), date(to, "exchange.to", unreadable),
                    kilometres(unreadable));
        }
        ApplicationRequest.Entrepreneur entrepreneur = call.collectsEntrepreneurProfile()
                ? new ApplicationRequest.Entrepreneur(yes(youngEntrepreneur), yes(newBusiness), yes(femaleLed)) : null;
        ApplicationRequest request = new ApplicationRequest(org, amount, text(purpose), text(sector), text(iban),
                checked(notInDifficulty) ? Boolean.TRUE : null, checked(noDoubleFunding) ? Boolean.TRUE : null,
                deMinimis, exchange, entrepreneur, call.inKind() == null ? null : wholeDays(unreadable));
        return new Read(request, List.copyOf(unreadable), host);
    }

    private OrganisationView host(Function<String, Optional<OrganisationView>> hosts, List<Violation> unreadable) {
        if (!present(hostPic)) {
            return null;
        }
        String pic = SPACES.matcher(hostPic).replaceAll("");
        if (!PIC.matcher(pic).matches()) {
            unreadable.add(new Violation("exchange.host", "invalid_pic", "a PIC is 9 digits"));
            return null;
        }
        Optional<OrganisationView> found = hosts.apply(pic);
        if (found.isEmpty()) {
            unreadable.add(new Violation("exchange.host", "unknown_organisation", "no organisation has PIC " + pic));
        }
        return found.orElse(null);
    }

    private Integer wholeDays(List<Violation> unreadable) {
        if (!present(days)) {
            return null;
        }
        String d = SPACES.matcher(days).replaceAll("");
        if (d.matches("-?\\d{1,6}")) {
            return Integer.valueOf(d);
        }
        unreadable.add(new Violation("days", "invalid_number", "a whole number of days"));
        return null;
    }

    private Integer kilometres(List<Violation> unreadable) {
        if (!present(distanceKm)) {
            return null;
        }
        String km = SPACES.matcher(distanceKm).replaceAll("");
        try {
            if (km.matches("-?\\d{1,9}")) {
                return Integer.valueOf(km);
            }
        } catch (NumberFormatException ignored) {
            // not a number: reported below
        }
        unreadable.add(new Violation("exchange.distanceKm", "invalid_number", "a whole number of km"));
        return null;
    }

    private static Money amount(String typed, String field, Locale locale, List<Violation> unreadable) {
        if (!present(typed)) {
            return null;
        }
        Optional<Money> amount = AmountInput.parse(typed, locale);
        if (amount.isEmpty()) {
            unreadable.add(new Violation(field, "invalid_amount", "an amount in euros with at most 2 decimals"));
        }
        return amount.orElse(null);
    }

    private static LocalDate date(String typed, String field, List<Violation> unreadable) {
        if (!present(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            unreadable.add(new Violation(field, "invalid_date", "a date such as 2027-03-22"));
            return null;
        }
    }

    private static boolean present(String typed) {
        return typed != null && !typed.isBlank();
    }

    /** The text as typed without surrounding spaces; nothing for blank. */
    private static String text(String typed) {
        return present(typed) ? typed.strip() : null;
    }
}
