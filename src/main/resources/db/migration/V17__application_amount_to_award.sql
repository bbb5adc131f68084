-- The amount requested and the amount to award are two things: `requested` stays as the SME asked
-- (null where the instrument fixes the amount), `amount_to_award` is what the checks give it (the
-- amount asked, the fixed lump sum or the ClusterXchange lump sum); `awarded` what was committed.
alter table grantflow.application add column amount_to_award numeric(15, 2);

-- Until now the checks wrote the amount to award over `requested`: what was checked keeps it.
update grantflow.application set amount_to_award = coalesce(awarded, requested) where status <> 'SUBMITTED';
