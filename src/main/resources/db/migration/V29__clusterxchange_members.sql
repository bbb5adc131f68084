-- ClusterXchange as the programme runs it (issue 20).
-- The organisation types an open call accepts as applicants; open calls published before keep
-- what they were run with: SMEs only.
alter table open_call add column applicant_types varchar(40)[] not null default '{SME}';
-- No limit on the number of applications per organisation (null): ClusterXchange's default, where
-- each application is one visitor's exchange and the cap per third party limits the organisation.
alter table open_call alter column applications_per_sme drop not null;
-- An exchange's lump sum is paid within 10 days of the accepted closing report: its due date
-- (a scanner tells the consortium once, through Notifications.once, when it passes unpaid).
alter table application add column payment_due_at timestamptz;
create index application_payment_due_idx on application (payment_due_at) where payment_due_at is not null;
