-- The public listing searches the open calls still to close, not every open call ever made: a narrow copy of what
-- the listing filters and searches by (open_call_listing), holding each open call until a while after it closes.
-- Its GIN index covers only those, so a search no longer intersects its words with a deadline index, nor reads the
-- open calls that closed long ago (half of the benchmark's 100,000; most of a programme's after a few years), and
-- its rows are a third as wide as open_call's (docs/performance.md, docs/cascade.md#finding-open-calls).
--
-- open_call_listing holds every open call closing after open_call_listing_cutoff.cutoff (and perhaps a few closing
-- before it). A sweep (cascade/application/ListedOpenCalls) raises the cutoff to a day before the business
-- clock's now and deletes the rows at or before it, in one transaction. A search closing after the cutoff reads the
-- listing; one reaching further back (closingAfter in the past) reads open_call, in the same statement, so a sweep
-- committing meanwhile cannot hide a row from it.
create table open_call_listing_cutoff (
    one    boolean     primary key default true check (one),
    cutoff timestamptz not null
);
insert into open_call_listing_cutoff (cutoff) values ('-infinity');

create table open_call_listing (
    id                 bigint        primary key references open_call (id) on delete cascade,
    grant_id           bigint        not null,
    instrument         varchar(30)   not null,
    type_of_support    varchar(20)   not null,
    eligible_countries varchar(2)[]  not null,
    sectors            varchar(40)[] not null,
    closes_at          timestamptz   not null,
    search_document    tsvector      not null
);
create index open_call_listing_deadline_idx on open_call_listing (closes_at, id);
create index open_call_listing_search_idx on open_call_listing using gin (search_document);

-- Kept in step with open_call by its own trigger: an open call closing after the cutoff is listed (or its row
-- updated), one closing at or before it is not. A concurrent sweep may leave a row closing before its new cutoff:
-- the search filters by the deadline anyway, and the next sweep removes it.
create function grantflow.open_call_listing() returns trigger language plpgsql as $$
begin
    if new.closes_at > (select cutoff from grantflow.open_call_listing_cutoff) then
        insert into grantflow.open_call_listing (id, grant_id, instrument, type_of_support, eligible_countries, sectors,
                                                 closes_at, search_document)
        values (new.id, new.grant_id, new.instrument, new.type_of_support, new.eligible_countries, new.sectors,
                new.closes_at, new.search_document)
        on conflict (id) do update
            set grant_id = excluded.grant_id, instrument = excluded.instrument,
                type_of_support = excluded.type_of_support, eligible_countries = excluded.eligible_countries,
                sectors = excluded.sectors, closes_at = excluded.closes_at, search_document = excluded.search_document;
    else
        delete from grantflow.open_call_listing where id = new.id;
    end if;
    return null;
end
$$;

create trigger open_call_listing after insert or update of grant_id, instrument, type_of_support, eligible_countries,
    sectors, closes_at, title, description, value_chains on open_call
    for each row execute function grantflow.open_call_listing();

insert into open_call_listing (id, grant_id, instrument, type_of_support, eligible_countries, sectors, closes_at,
                               search_document)
select id, grant_id, instrument, type_of_support, eligible_countries, sectors, closes_at, search_document
  from open_call;
