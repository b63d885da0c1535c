-- Online payment of fees (module payment): bills, the gateway transactions applied to them, every notification
-- received with its verdict, and reconciliation reports. Also records on the dossier that its fee was paid online.
alter table dossier add column fee_paid_online boolean not null default false;
alter table dossier add column fee_paid_at timestamptz;

-- One bill per payment request (hóa đơn / yêu cầu thanh toán).
create table payment_bill (
    id             text        primary key,
    dossier_code   text        not null references dossier (code),
    partner_code   text        not null,
    amount_vnd     bigint      not null check (amount_vnd > 0),
    description    text        not null,
    status         text        not null check (status in ('PENDING', 'PAID', 'CANCELLED', 'FAILED')),
    -- a payment arrived for a bill that was already cancelled or paid: money to give back
    refund_due     boolean     not null default false,
    created_at     timestamptz not null,
    created_by     text        not null,
    paid_at        timestamptz,
    transaction_id text,
    updated_at     timestamptz not null
);
create index payment_bill_dossier_idx on payment_bill (dossier_code, created_at);
create index payment_bill_paid_idx on payment_bill (paid_at) where paid_at is not null;

-- A gateway transaction applied to a bill: exactly one row per (partner, transaction id), whatever was replayed.
create table payment_transaction (
    partner_code   text        not null,
    transaction_id text        not null,
    bill_id        text        not null references payment_bill (id),
    amount_vnd     bigint      not null,
    result_code    text        not null,
    paid_at        timestamptz,
    -- APPLIED (marked the bill paid), REFUND_DUE (bill cancelled or already paid), NOT_PAID (failure or cancel)
    outcome        text        not null check (outcome in ('APPLIED', 'REFUND_DUE', 'NOT_PAID')),
    received_at    timestamptz not null,
    primary key (partner_code, transaction_id)
);
create index payment_transaction_bill_idx on payment_transaction (bill_id);

-- Every notification received at /api/v1/payments/notify, forged ones included, with the verdict given.
create table payment_notification (
    id             bigserial   primary key,
    received_at    timestamptz not null,
    partner_code   text,
    bill_id        text,
    transaction_id text,
    amount_vnd     bigint,
    result_code    text,
    paid_at        text,
    verdict        text        not null,
    remote_address text,
    body           text        not null
);
create index payment_notification_bill_idx on payment_notification (bill_id, received_at);
