-- E-receipts (biên lai điện tử) and reconciliation with the gateway's daily statement (module payment).

-- The receipt number of a paid bill: BL-<year>-<6-digit sequence of that year>, the year of the payment in Ho Chi
-- Minh City time, given once when the payment is applied and never changed.
alter table payment_bill add column receipt_number text unique;
create table payment_receipt_counter (
    year        integer primary key,
    last_number bigint  not null
);
-- bills paid before this migration get their numbers in the order they were paid
with numbered as (
    select id, extract(year from paid_at at time zone 'Asia/Ho_Chi_Minh')::int as year,
           row_number() over (partition by extract(year from paid_at at time zone 'Asia/Ho_Chi_Minh')
                              order by paid_at, id) as n
    from payment_bill where status = 'PAID' and paid_at is not null)
update payment_bill b set receipt_number = 'BL-' || numbered.year || '-' || lpad(numbered.n::text, 6, '0')
from numbered where numbered.id = b.id;
insert into payment_receipt_counter (year, last_number)
select extract(year from paid_at at time zone 'Asia/Ho_Chi_Minh')::int, count(*)
from payment_bill where receipt_number is not null group by 1;

-- One reconciliation of a gateway statement (one day) with the payments recorded here.
create table payment_reconciliation (
    id              bigserial   primary key,
    statement_date  date        not null,
    -- UPLOAD (sent through the API) or DIRECTORY (picked up by the daily job)
    source          text        not null check (source in ('UPLOAD', 'DIRECTORY')),
    file_name       text,
    file_sha256     text        not null,
    created_at      timestamptz not null,
    created_by      text        not null,
    statement_lines integer     not null,
    matched         integer     not null,
    mismatched      integer     not null
);
create index payment_reconciliation_date_idx on payment_reconciliation (statement_date, created_at);
-- a statement file dropped in the directory is reconciled once
create unique index payment_reconciliation_file_idx on payment_reconciliation (file_name) where source = 'DIRECTORY';

create table payment_reconciliation_mismatch (
    reconciliation_id bigint      not null references payment_reconciliation (id) on delete cascade,
    position          integer     not null,
    kind              text        not null check (kind in ('PAID_HERE_NOT_THERE', 'THERE_NOT_HERE', 'AMOUNT_DIFFERS')),
    -- the statement line (1 = the header), null when the payment is not on the statement
    line              integer,
    bill_id           text,
    transaction_id    text        not null,
    amount_here       bigint,
    amount_there      bigint,
    paid_at_here      timestamptz,
    paid_at_there     timestamptz,
    primary key (reconciliation_id, position)
);
