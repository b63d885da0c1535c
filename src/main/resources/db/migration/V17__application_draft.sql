-- Online applications not yet submitted (hồ sơ nháp): kept in the database, not in the HTTP session, so that a citizen
-- can stop and come back later, from another device, to any node of the platform. Deleted when submitted, or when
-- untouched for motcua.dossier.keep-drafts (30 days): they hold personal data read from the registries.
create table application_draft (
    owner          text        not null,  -- kind and id of the applicant, e.g. CITIZEN:079190000001
    procedure_code text        not null,
    -- answers, pre-filled values and their sources, consent, files' names; json, not jsonb: the order of the
    -- answers is the order the pages show them
    content        json        not null,
    updated_at     timestamptz not null,
    primary key (owner, procedure_code)
);
create index application_draft_updated_at_idx on application_draft (updated_at);

-- the files uploaded for a draft, until the dossier exists; read only when it is submitted
create table application_draft_upload (
    owner          text  not null,
    procedure_code text  not null,
    component      text  not null,
    content        bytea not null,
    primary key (owner, procedure_code, component),
    foreign key (owner, procedure_code) references application_draft on delete cascade
);
