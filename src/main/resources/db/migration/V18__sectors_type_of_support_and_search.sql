-- Sectors become the 14 industrial ecosystems of the EU industrial strategy (stable codes, e.g.
-- AEROSPACE_DEFENCE, TOURISM); value chains become free keywords beside them. Organisations, calls and open
-- calls carry both (`sectors`, `value_chains`); an application names its applicant's sector; proposals' tags
-- and experts' expertise are sectors or activities. Open calls get their type of support as users name it and a
-- full-text search document.

-- 1. The old value-chain codes, each with its ecosystem and the words worth keeping as a keyword (null: the
--    ecosystem says it all). MOBILITY meant connected, clean and autonomous vehicles.
create temporary table legacy_value_chain (code text primary key, ecosystem text not null, keyword text) on commit drop;
insert into legacy_value_chain values
    ('MOBILITY', 'MOBILITY_TRANSPORT_AUTOMOTIVE', 'connected, clean and autonomous vehicles'),
    ('SMART_HEALTH', 'HEALTH', 'smart health'),
    ('LOW_CARBON_INDUSTRY', 'ENERGY_INTENSIVE_INDUSTRIES', 'low-carbon industry'),
    ('HYDROGEN', 'RENEWABLE_ENERGY', 'hydrogen'),
    ('INDUSTRIAL_IOT', 'DIGITAL', 'industrial IoT'),
    ('CYBERSECURITY', 'DIGITAL', 'cybersecurity'),
    ('BATTERIES', 'MOBILITY_TRANSPORT_AUTOMOTIVE', 'batteries'),
    ('MICROELECTRONICS', 'ELECTRONICS', 'microelectronics'),
    ('HIGH_PERFORMANCE_COMPUTING', 'DIGITAL', 'high-performance computing'),
    ('AGRO_FOOD', 'AGRI_FOOD', null),
    ('ENERGY', 'RENEWABLE_ENERGY', 'energy'),
    ('DUAL_USE_DEFENCE', 'AEROSPACE_DEFENCE', 'dual use'),
    ('SPACE', 'AEROSPACE_DEFENCE', 'space');

-- The ecosystems of a list of old codes, each once, in the order of their first appearance.
create function pg_temp.ecosystems_of(codes varchar[]) returns varchar(40)[] language sql as $$
    select coalesce(array_agg(e.ecosystem order by e.first), '{}')
      from (select m.ecosystem, min(c.i) as first
              from unnest(codes) with ordinality as c(code, i)
              join legacy_value_chain m on m.code = c.code
             group by m.ecosystem) e
$$;
-- The keywords of a list of old codes (an unknown code is kept as it was, as a keyword).
create function pg_temp.keywords_of(codes varchar[]) returns varchar(80)[] language sql as $$
    select coalesce(array_agg(k.keyword order by k.i), '{}')
      from (select coalesce(m.keyword, case when m.code is null then c.code end) as keyword, c.i
              from unnest(codes) with ordinality as c(code, i)
              left join legacy_value_chain m on m.code = c.code) k
     where k.keyword is not null
$$;
-- Tags (proposals, experts): an old value-chain code becomes its ecosystem; activities stay. MOBILITY stays
-- too: it is also an activity, and matching experts tagged MOBILITY keep matching.
create function pg_temp.tags_of(tags varchar[]) returns varchar(40)[] language sql as $$
    select coalesce(array_agg(t.tag order by t.first), '{}')
      from (select coalesce(case when c.tag = 'MOBILITY' then null else m.ecosystem end, c.tag) as tag, min(c.i) as first
              from unnest(tags) with ordinality as c(tag, i)
              left join legacy_value_chain m on m.code = c.tag
             group by 1) t
$$;

-- 2. Calls: value_chains held codes; now sectors hold the ecosystems, value_chains the keywords.
alter table call add column sectors varchar(40)[] not null default '{}';
alter table call alter column value_chains type varchar(80)[];
update call set sectors = pg_temp.ecosystems_of(value_chains), value_chains = pg_temp.keywords_of(value_chains)
 where cardinality(value_chains) > 0;

-- 3. Organisations: sectors and keywords, none so far.
alter table organisation add column sectors varchar(40)[] not null default '{}';
alter table organisation add column value_chains varchar(80)[] not null default '{}';

-- 4. Open calls: sectors held codes; keywords beside them; an application's sector is one ecosystem.
alter table open_call add column value_chains varchar(80)[] not null default '{}';
update open_call set value_chains = pg_temp.keywords_of(sectors), sectors = pg_temp.ecosystems_of(sectors)
 where cardinality(sectors) > 0;
update application a set sector = m.ecosystem from legacy_value_chain m where m.code = a.sector;

-- 5. Proposals' tags and experts' expertise.
update proposal set tags = pg_temp.tags_of(tags)
 where tags && (select array_agg(code::varchar) from legacy_value_chain where code <> 'MOBILITY');
update expert set expertise = pg_temp.tags_of(expertise)
 where expertise && (select array_agg(code::varchar) from legacy_value_chain where code <> 'MOBILITY');

-- 6. Type of support as users name it: derived from the instrument (an open call declares IN_KIND_SERVICE).
alter table open_call add column type_of_support varchar(20);
update open_call set type_of_support = case instrument
    when 'VOUCHER' then 'VOUCHER' when 'TRAVEL_VOUCHER' then 'VOUCHER'
    when 'FIXED_LUMP_SUM' then 'LUMP_SUM' when 'LUMP_SUM_UP_TO' then 'LUMP_SUM'
    when 'CLUSTERXCHANGE' then 'CLUSTERXCHANGE' end;
alter table open_call alter column type_of_support set not null;
alter table open_call add constraint open_call_type_of_support
    check (type_of_support in ('VOUCHER', 'LUMP_SUM', 'IN_KIND_SERVICE', 'CLUSTERXCHANGE'));

-- 7. Full-text search over open calls, language-independent: the `simple` configuration (no stemming, no stop
--    words) with accents removed by `unaccent` where the server has the extension (trusted since PostgreSQL 13:
--    a database owner may create it); without it, plain `simple`. Queries name the configuration
--    grantflow.search, so both behave alike apart from accents.
create text search configuration grantflow.search (copy = pg_catalog.simple);
do $$
begin
    if exists (select 1 from pg_available_extensions where name = 'unaccent') then
        begin
            create extension if not exists unaccent with schema grantflow;
            execute 'alter text search configuration grantflow.search alter mapping for hword, hword_part, word '
                    || 'with ' || (select format('%I.%I', n.nspname, d.dictname) from pg_ts_dict d
                                     join pg_namespace n on n.oid = d.dictnamespace
                                    where d.dictname = 'unaccent' order by n.nspname <> 'grantflow' limit 1)
                    || ', pg_catalog.simple';
        exception when others then
            raise notice 'unaccent not installed (%): open-call search keeps accents', sqlerrm;
        end;
    else
        raise notice 'unaccent not available: open-call search keeps accents';
    end if;
end
$$;

-- The keywords as one text (array_to_string is only stable; a generated column needs an immutable function).
create function grantflow.search_keywords(keywords varchar[]) returns text language sql immutable parallel safe as $$
    select coalesce(array_to_string(keywords, ' '), '')
$$;
-- Title weighs most (A), then the keywords (B), then the description (C).
alter table open_call add column search_document tsvector generated always as (
    setweight(to_tsvector('grantflow.search'::regconfig, title), 'A')
    || setweight(to_tsvector('grantflow.search'::regconfig, grantflow.search_keywords(value_chains)), 'B')
    || setweight(to_tsvector('grantflow.search'::regconfig, coalesce(description, '')), 'C')) stored;
create index open_call_search_idx on open_call using gin (search_document);

-- The audit trail records what people changed, not the derived search document.
create or replace function audit() returns trigger language plpgsql as $$
declare
    obj_type text := TG_ARGV[1];
    obj_id   text;
    delta    jsonb;
    head     record;
    n        integer;
    ts       timestamptz := clock_timestamp();
    who      text := coalesce(nullif(current_setting('grantflow.actor', true), ''), 'system');
    h        text;
begin
    if TG_OP = 'INSERT' then
        obj_id := to_jsonb(NEW) ->> TG_ARGV[0];
        delta := to_jsonb(NEW) - 'search_document';
    elsif TG_OP = 'UPDATE' then
        obj_id := to_jsonb(NEW) ->> TG_ARGV[0];
        select jsonb_object_agg(n2.key, jsonb_build_array(o.value, n2.value)) into delta
          from jsonb_each(to_jsonb(NEW)) n2 join jsonb_each(to_jsonb(OLD)) o using (key)
         where n2.value is distinct from o.value and n2.key not in ('version', 'updated_at', 'search_document');
        if delta is null then
            return NEW; -- nothing that matters changed
        end if;
    else
        obj_id := to_jsonb(OLD) ->> TG_ARGV[0];
        delta := to_jsonb(OLD) - 'search_document';
    end if;
    select * into head from grantflow.audit_head where object_type = obj_type and object_id = obj_id for update;
    n := coalesce(head.seq, 0) + 1;
    h := grantflow.audit_hash(head.hash, obj_type, obj_id, n, TG_OP, who, ts, delta);
    insert into grantflow.audit_record (object_type, object_id, seq, operation, actor, occurred_at, changes, prev_hash, hash)
    values (obj_type, obj_id, n, TG_OP, who, ts, delta, head.hash, h);
    insert into grantflow.audit_head (object_type, object_id, seq, hash) values (obj_type, obj_id, n, h)
    on conflict (object_type, object_id) do update set seq = excluded.seq, hash = excluded.hash;
    return coalesce(NEW, OLD);
end
$$;
