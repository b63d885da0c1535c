-- Refunds (module payment): money taken for a bill already cancelled or paid is given back by the receiving unit;
-- who settled it, when, and the reference of the transfer. Bills know their receiving unit, so each unit's clerk
-- sees the refunds and reconciliation mismatches of its own dossiers.
alter table payment_bill add column receiving_unit text;
update payment_bill b set receiving_unit = d.receiving_unit from dossier d where d.code = b.dossier_code;
alter table payment_bill alter column receiving_unit set not null;
create index payment_bill_unit_idx on payment_bill (receiving_unit);

alter table payment_transaction add column refunded_at timestamptz;
alter table payment_transaction add column refunded_by text;
alter table payment_transaction add column refund_reference text;
alter table payment_transaction add column refund_note text;
create index payment_transaction_refund_idx on payment_transaction (received_at) where outcome = 'REFUND_DUE';
