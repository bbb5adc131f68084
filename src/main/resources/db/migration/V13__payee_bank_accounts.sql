-- Issue 13, point 2: the bank account each commitment, grant or award account pays, registered once;
-- payment orders on such an account go to this IBAN only.
create table payee_bank_account (
    account_id    bigint       primary key references ledger_account (id),
    iban          varchar(34)  not null,
    registered_by varchar(100) not null,
    registered_at timestamptz  not null
);

-- awards: the IBAN the application gave
insert into payee_bank_account (account_id, iban, registered_by, registered_at)
select x.award_account_id, x.iban, x.applicant, x.submitted_at
from application x
where x.award_account_id is not null
on conflict (account_id) do nothing;

-- grants and commitments paid before: the IBAN of their first order (a grant's pre-financing: the signature's)
insert into payee_bank_account (account_id, iban, registered_by, registered_at)
select distinct on (o.account_id) o.account_id, o.iban, o.initiated_by, o.created_at
from payment_order o
order by o.account_id, o.id
on conflict (account_id) do nothing;
