-- Fees paid at the counter (module dossier, payment): the dossier records how its fee was paid (ONLINE through the
-- payment platform, COUNTER in cash or by card at the desk); counter payments are bills of the pseudo-partner
-- COUNTER whose one transaction is the desk's receipt number.
alter table dossier add column fee_paid_channel text check (fee_paid_channel in ('ONLINE', 'COUNTER'));
update dossier set fee_paid_channel = 'ONLINE' where fee_paid_online;
alter table payment_bill add column payment_method text check (payment_method in ('ONLINE', 'CASH', 'CARD'));
update payment_bill set payment_method = 'ONLINE';
alter table payment_bill alter column payment_method set not null;
alter table payment_bill alter column payment_method set default 'ONLINE';

-- A payment applied to a dossier that then ended without a result (refused at intake, withdrawn, stopped) is owed
-- back: recorded once, with the reason, in the same refunds list as payments of cancelled bills.
alter table payment_transaction add column refund_due_at timestamptz;
alter table payment_transaction add column refund_reason text;
create index payment_transaction_refund_due_idx on payment_transaction (refund_due_at) where refund_due_at is not null;
