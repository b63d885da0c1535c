-- Registries: the demo copies of the population, civil-status and business registries (synthetic data, filled only in
-- demo mode), and the append-only log of every registry read.

create table registry_household (
    household_id     text primary key,
    head_personal_id text not null,
    address          text not null,
    unit_slug        text not null
);

create table registry_person (
    personal_id          text    primary key check (personal_id ~ '^079[0-3][0-9]{8}$'),
    full_name            text    not null,
    birth_date           date    not null,
    sex                  text    not null check (sex in ('male', 'female')),
    permanent_residence  text    not null,
    current_residence    text    not null,
    hometown             text,
    unit_slug            text    not null,
    -- null for the deceased (removed from the household register)
    household_id         text    references registry_household (household_id),
    household_seq        integer,
    relationship_to_head text,
    father_id            text,
    father_name          text,
    mother_id            text,
    mother_name          text,
    spouse_id            text,
    spouse_name          text,
    died_on              date,
    -- the featured demo people of docs/demo-data.md; 'registry-outage' makes the demo registries unavailable for them
    demo_role            text
);
create index registry_person_household_idx on registry_person (household_id, household_seq);
create index registry_person_unit_idx on registry_person (unit_slug);

create table registry_civil_status (
    record_id           text    primary key,
    kind                text    not null check (kind in ('BIRTH', 'MARRIAGE', 'DEATH')),
    registration_number text    not null,
    registered_on       date    not null,
    registered_at_unit  text    not null,
    -- the people the record is about: the child, both spouses, the deceased
    subject_ids         text[]  not null,
    details             jsonb   not null
);
create index registry_civil_status_subject_idx on registry_civil_status using gin (subject_ids);

create table registry_business (
    tax_code                   text    primary key check (tax_code ~ '^[0-9]{10}(-[0-9]{3})?$'),
    kind                       text    not null check (kind in ('ENTERPRISE', 'HOUSEHOLD_BUSINESS')),
    name                       text    not null,
    representative_personal_id text,
    representative_name        text,
    address                    text    not null,
    unit_slug                  text    not null,
    registered_on              date    not null,
    status                     text    not null check (status in ('active', 'suspended', 'dissolved')),
    industries                 text[]  not null
);
create index registry_business_representative_idx on registry_business (representative_personal_id);

-- Every registry read: who read whose data, which fields, why, with what outcome. Evidence: never changed or deleted.
create table registry_access_log (
    id               bigserial   primary key,
    at               timestamptz not null,
    reader_id        text        not null,
    reader_kind      text        not null check (reader_kind in ('citizen', 'staff', 'system')),
    -- as they were at the time of the read
    reader_name      text,
    reader_unit      text,
    reader_unit_name text,
    subject_id       text        not null,
    registry         text        not null check (registry in ('population', 'civil_status', 'business')),
    fields           text[]      not null,
    purpose          text        not null,
    outcome          text        not null check (outcome in ('found', 'not_found', 'unavailable')),
    source           text        not null,
    duration_ms      integer     not null
);
create index registry_access_log_subject_idx on registry_access_log (subject_id, id desc);
create index registry_access_log_reader_idx on registry_access_log (reader_id, id desc);
create index registry_access_log_purpose_idx on registry_access_log (purpose, id desc);
create index registry_access_log_at_idx on registry_access_log (at);

create function registry_access_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'registry_access_log is append-only (% refused)', tg_op;
end $$;
create trigger registry_access_log_append_only before update or delete on registry_access_log
    for each row execute function registry_access_log_is_append_only();
create trigger registry_access_log_no_truncate before truncate on registry_access_log
    for each statement execute function registry_access_log_is_append_only();
