-- The longer time limit a procedure allows when verification (xác minh) is needed, frozen at submission, and whether
-- the specialist used it.
alter table dossier add column verification_working_days numeric(8, 2);
alter table dossier add column extended_for_verification boolean not null default false;
