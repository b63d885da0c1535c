-- Dossiers (hồ sơ), their append-only process-control slip, files, daily code sequences and idempotency keys.
create table dossier (
    id                       bigserial primary key,
    code                     text        not null unique,
    version                  bigint      not null default 0,
    procedure_code           text        not null,
    procedure_version        integer     not null,
    procedure_name_vi        text        not null,
    procedure_name_en        text        not null,
    channel                  text        not null check (channel in ('IN_PERSON', 'ONLINE', 'POSTAL')),
    receiving_unit           text        not null references organization_unit (slug),
    competent_unit           text        not null references organization_unit (slug),
    processing_unit          text        not null references organization_unit (slug),
    applicant_personal_id    text,
    applicant_tax_code       text,
    applicant_name           text        not null,
    applicant_birth_date     date,
    applicant_phone          text,
    applicant_email          text,
    applicant_address        text,
    form                     jsonb       not null,
    time_limit_working_days  numeric(8, 2) not null,
    steps                    jsonb       not null,
    fees_due_vnd             bigint      not null default 0,
    status                   smallint    not null check (status between 1 and 10),
    status_before_pause      smallint,
    current_step             integer     not null default -1,
    current_step_seq         integer     not null default 0,
    overdue_marked_step      integer     not null default 0,
    current_step_started_at  timestamptz,
    current_step_due_at      timestamptz,
    submitted_at             timestamptz not null,
    received_at              timestamptz,
    appointment_at           timestamptz,
    original_appointment_at  timestamptz,
    legal_due_at             timestamptz,
    paused_at                timestamptz,
    paused_working_seconds   bigint      not null default 0,
    supplement_requests      integer     not null default 0,
    apologized               boolean     not null default false,
    finished_at              timestamptz,
    returned_at              timestamptz,
    ended_at                 timestamptz,
    on_time                  boolean,
    result_files             jsonb       not null default '[]'::jsonb,
    result_generated         boolean     not null default false,
    submitted_by             text        not null,
    last_action_at           timestamptz not null,
    history_count            integer     not null default 0,
    -- who the dossier waits for now (denormalised for the inbox): unit, role and the instant it is due
    waiting_unit             text,
    waiting_role             text,
    waiting_due_at           timestamptz,
    check (applicant_personal_id is not null or applicant_tax_code is not null)
);
create index dossier_waiting_idx on dossier (waiting_unit, waiting_role, waiting_due_at, id) where waiting_unit is not null;
create index dossier_overdue_idx on dossier (current_step_due_at) where current_step_due_at is not null;
create index dossier_applicant_idx on dossier (applicant_personal_id);
create index dossier_applicant_tax_idx on dossier (applicant_tax_code);
create index dossier_receiving_idx on dossier (receiving_unit, submitted_at);
create index dossier_competent_idx on dossier (competent_unit, submitted_at);

create table dossier_history (
    dossier_id  bigint      not null references dossier (id),
    seq         integer     not null,
    at          timestamptz not null,
    action      text        not null,
    actor_id    text        not null,
    actor_name  text,
    actor_role  text,
    actor_unit  text,
    from_status smallint,
    to_status   smallint    not null,
    step_index  integer     not null,
    note        text,
    attachments jsonb       not null default '[]'::jsonb,
    details     jsonb       not null default '{}'::jsonb,
    primary key (dossier_id, seq)
);

-- The process-control slip is evidence: nothing in it is ever changed or deleted.
create function dossier_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'dossier_history is append-only (% refused)', tg_op;
end $$;
create trigger dossier_history_append_only before update or delete on dossier_history
    for each row execute function dossier_history_is_append_only();

create table dossier_code_sequence (
    agency_code text    not null,
    day         date    not null,
    last_value  integer not null,
    primary key (agency_code, day)
);

-- Content-addressed files: the id is the SHA-256 of the bytes, stored under <data dir>/files/ab/abcdef…
create table dossier_file (
    id           text        primary key check (id ~ '^[0-9a-f]{64}$'),
    size         bigint      not null,
    content_type text        not null,
    created_at   timestamptz not null default now()
);

create table dossier_component (
    dossier_id    bigint      not null references dossier (id),
    seq           integer     not null,
    component_id  text        not null,
    file_id       text        not null references dossier_file (id),
    original_name text        not null,
    uploaded_at   timestamptz not null,
    uploaded_by   text        not null,
    primary key (dossier_id, seq)
);

create table dossier_idempotency (
    actor        text        not null,
    key          text        not null,
    request_hash text        not null,
    dossier_code text        not null,
    created_at   timestamptz not null default now(),
    primary key (actor, key)
);

-- Files uploaded to a dossier (as components, supplements, results): only these may be referenced by its actions.
create table dossier_upload (
    dossier_id    bigint      not null references dossier (id),
    file_id       text        not null references dossier_file (id),
    original_name text        not null,
    uploaded_by   text        not null,
    uploaded_at   timestamptz not null,
    primary key (dossier_id, file_id)
);
