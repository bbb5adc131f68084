-- An expert's draft has a version: each save raises it by one. A save that names the version it replaces is
-- refused (409 draft_outdated) when a newer one was saved meanwhile (another tab, another device), so an older
-- draft never overwrites a newer one (docs/evaluation.md, docs/web.md#desks).
alter table grantflow.evaluation_assignment add column draft_version integer not null default 0;
