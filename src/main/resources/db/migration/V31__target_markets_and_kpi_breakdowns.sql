-- Issue 20, KPIs: what internationalisation open calls target, the applicants' entrepreneur profile where a call
-- collects it, and the organisations' NUTS-2 region (docs/cascade.md#target-markets, docs/reporting.md).

-- The third countries (ISO 3166-1 alpha-2) and regions (cascade/domain/TargetRegion) an open call targets.
alter table open_call add column target_markets varchar(30)[] not null default '{}';
-- Whether the open call asks its applicants whether they are young, new or female-led entrepreneurs.
alter table open_call add column collects_entrepreneur_profile boolean not null default false;

-- The answers of an application to an open call collecting them: null where not answered (they are optional).
alter table application add column young_entrepreneur boolean;
alter table application add column new_business boolean;
alter table application add column female_led boolean;

-- An organisation's region where it gave one: a NUTS-2 code (e.g. ITC4), beginning with its country's NUTS code.
alter table organisation add column region varchar(4);

-- The public listing filters by target market too: its copy of the open call carries them, kept by the trigger.
alter table open_call_listing add column target_markets varchar(30)[] not null default '{}';

create or replace function grantflow.open_call_listing() returns trigger language plpgsql as $$
begin
    if new.closes_at > (select cutoff from grantflow.open_call_listing_cutoff) then
        insert into grantflow.open_call_listing (id, grant_id, instrument, type_of_support, eligible_countries, sectors,
                                                 closes_at, search_document, target_markets)
        values (new.id, new.grant_id, new.instrument, new.type_of_support, new.eligible_countries, new.sectors,
                new.closes_at, new.search_document, new.target_markets)
        on conflict (id) do update
            set grant_id = excluded.grant_id, instrument = excluded.instrument,
                type_of_support = excluded.type_of_support, eligible_countries = excluded.eligible_countries,
                sectors = excluded.sectors, closes_at = excluded.closes_at, search_document = excluded.search_document,
                target_markets = excluded.target_markets;
    else
        delete from grantflow.open_call_listing where id = new.id;
    end if;
    return null;
end
$$;

drop trigger open_call_listing on open_call;
create trigger open_call_listing after insert or update of grant_id, instrument, type_of_support, eligible_countries,
    sectors, closes_at, title, description, value_chains, target_markets on open_call
    for each row execute function grantflow.open_call_listing();
