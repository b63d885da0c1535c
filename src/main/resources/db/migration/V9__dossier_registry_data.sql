-- Data instead of documents: the applicant's consent to read the registries, what was read and reused in a dossier,
-- and the applicant's flags on registry data they believe is wrong.
create table dossier_consent (
    id                uuid        primary key,
    subject_id        text        not null,
    subject_kind      text        not null,
    procedure_code    text        not null,
    procedure_version integer     not null,
    consent_text      text        not null,
    registries        jsonb       not null,
    fields            jsonb       not null,
    outcome           jsonb       not null,
    snapshot          jsonb       not null,
    given_at          timestamptz not null,
    expires_at        timestamptz not null,
    used_by_dossier   text unique
);
create index dossier_consent_subject_idx on dossier_consent (subject_id, given_at desc);

alter table dossier add column registry_status text not null default 'NONE'
    check (registry_status in ('NONE', 'REUSED', 'PARTLY_REUSED', 'UNAVAILABLE', 'NOT_FOUND'));
alter table dossier add column registry_data jsonb not null default '{}'::jsonb;
alter table dossier add column reused_fields jsonb not null default '[]'::jsonb;
alter table dossier add column registry_components jsonb not null default '[]'::jsonb;
alter table dossier add column consent_id uuid references dossier_consent (id);

create table dossier_data_flag (
    dossier_id bigint      not null references dossier (id),
    seq        integer     not null,
    field      text        not null,
    comment    text        not null,
    flagged_by text        not null,
    flagged_at timestamptz not null,
    primary key (dossier_id, seq)
);
