-- The fee lines (phí, lệ phí) of the procedure version, frozen into the dossier at submission, with the exemptions
-- decided on them (module dossier); and whether the procedure wants its fees paid with the submission (an online
-- dossier is then received only once paid) rather than as a financial obligation while processing (status 6).
alter table dossier add column fee_lines jsonb not null default '[]'::jsonb;
alter table dossier add column fee_at_submission boolean not null default false;
-- dossiers submitted before kept only their total: one line of that total
update dossier set fee_lines = jsonb_build_array(jsonb_build_object('line', 1, 'label', 'Phí, lệ phí theo quy định',
    'labelEn', 'Fees and charges', 'kind', 'fee', 'amountVnd', fees_due_vnd, 'unconfirmed', false))
where fees_due_vnd > 0;
