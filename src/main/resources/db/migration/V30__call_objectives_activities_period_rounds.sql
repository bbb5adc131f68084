-- Programme rules that were only in descriptions (issue 20; docs/domain.md): the objectives every proposal to a
-- call must address, the activities its work packages must cover, the project period, and the round a call
-- follows as the next call of the same scheme.
alter table call add column objectives jsonb not null default '[]'::jsonb;
alter table call add column required_activities jsonb not null default '[]'::jsonb;
alter table call add column project_start date;
alter table call add column project_end date;
alter table call add column scheme varchar(100);
alter table call add column previous_round varchar(64) references call (identifier);
alter table call add constraint call_project_period
    check ((project_start is null and project_end is null) or (project_start is not null and project_end > project_start));
alter table call add constraint call_not_its_own_round check (previous_round is null or previous_round <> identifier);
create index call_previous_round on call (previous_round) where previous_round is not null;

-- What a proposal says about each objective it addresses ([{code, how}]), and the call's activities each work
-- package covers.
alter table proposal add column objectives jsonb not null default '[]'::jsonb;
alter table proposal_work_package add column activities text[] not null default '{}';
