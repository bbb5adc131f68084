-- An expert's scores per criterion (a draft until the evaluation is submitted).
alter table evaluation_assignment add column submitted_at timestamptz;
alter table evaluation_assignment add column saved_at timestamptz;

create table evaluation_score (
    assignment_id bigint        not null references evaluation_assignment (id),
    criterion     varchar(100)  not null,
    score         numeric(2, 1) check (score >= 0 and score <= 5),
    comment       text,
    primary key (assignment_id, criterion)
);
