-- The words the open calls use, so that a search word that also matches as a prefix ("voucher") can be given to the
-- index as the words it begins ('voucher' | 'vouchers'). The GIN index intersects whole words quickly, skipping
-- ahead in the rarest word's list; a prefix it can only gather whole before intersecting (3 to 4 times slower for
-- common words on 100,000 open calls, docs/performance.md). The list only speeds the search up: a prefix whose
-- words are not in it stays a prefix (cascade/application/OpenCallSearch).
--
-- A word is added when an open call using it is written and is never removed (a word no open call uses any more
-- costs one more alternative that matches nothing). No unique constraint: two transactions adding the same new
-- word at once would otherwise wait on each other; a rare duplicate is read once (select distinct).
create table open_call_search_word (
    word text collate "C" not null
);
create index open_call_search_word_idx on open_call_search_word (word);

create function grantflow.open_call_search_words() returns trigger language plpgsql as $$
begin
    insert into grantflow.open_call_search_word (word)
    select w from unnest(tsvector_to_array(new.search_document)) w
     where not exists (select 1 from grantflow.open_call_search_word s where s.word = w collate "C");
    return null;
end
$$;

create trigger open_call_search_words after insert or update of title, description, value_chains on open_call
    for each row execute function grantflow.open_call_search_words();

insert into open_call_search_word (word)
select distinct unnest(tsvector_to_array(search_document)) from open_call;
