-- Official documents (Decree 30/2020/NĐ-CP): outgoing documents with their numbers, the incoming register of each
-- unit, assignments for handling and their progress, and the PDF files with their text and signature check.

create table documents_file (
    id             uuid primary key,
    unit_slug      text        not null references organization_unit (slug),
    name           text        not null,
    content_type   text        not null,
    size           bigint      not null,
    sha256         text        not null,
    content        bytea       not null,
    -- the text inside a PDF (pdfbox), for search; null for scans without a text layer
    text_content   text,
    -- UNSIGNED, VALID or INVALID, and the report of every signature found
    signature      text        not null,
    signatures     jsonb       not null default '[]',
    uploaded_by    text        not null,
    uploaded_at    timestamptz not null
);

-- Yearly sequences: OUT the numbers of one issuing body, IN the incoming numbers of one receiving unit.
-- A number once taken is never given back (the row only grows), so an abandoned draft's number stays unused.
create table documents_counter (
    unit_slug   text    not null references organization_unit (slug),
    year        integer not null,
    kind        text    not null check (kind in ('OUT', 'IN')),
    last_number integer not null,
    primary key (unit_slug, year, kind)
);

create table documents_outgoing (
    id                 uuid primary key,
    unit_slug          text        not null references organization_unit (slug),
    type               text        not null,
    summary            text        not null,
    drafting_unit      text,
    field              text,
    signer_name        text,
    signer_title       text,
    signing_authority  text,
    recipient_units    text[]      not null default '{}',
    recipient_outside  text[]      not null default '{}',
    file_copy_holder   text,
    copies             integer,
    urgent             boolean     not null default false,
    confidential       boolean     not null default false,
    restricted_to      text[]      not null default '{}',
    meeting_link       text,
    status             text        not null check (status in ('DRAFT', 'NUMBERED', 'ISSUED', 'ABANDONED')),
    year               integer,
    number             integer,
    symbol             text,
    numbered_at        timestamptz,
    issued_at          timestamptz,
    abandoned_at       timestamptz,
    abandon_reason     text,
    created_by         text        not null,
    created_at         timestamptz not null,
    search_text        text        not null default ''
);
create unique index documents_outgoing_number on documents_outgoing (unit_slug, year, number) where number is not null;
create index documents_outgoing_unit on documents_outgoing (unit_slug, numbered_at);

create table documents_outgoing_file (
    outgoing_id uuid not null references documents_outgoing (id),
    file_id     uuid not null references documents_file (id),
    primary key (outgoing_id, file_id)
);

create table documents_incoming (
    id              uuid primary key,
    unit_slug       text        not null references organization_unit (slug),
    year            integer     not null,
    number          integer     not null,
    received_at     timestamptz not null,
    -- Decree 30: registered and passed on the day it arrives, or the next working day
    pass_on_due     timestamptz not null,
    outgoing_id     uuid references documents_outgoing (id),
    author          text        not null,
    symbol          text        not null,
    document_date   date        not null,
    type            text        not null,
    summary         text        not null,
    urgent          boolean     not null default false,
    confidential    boolean     not null default false,
    restricted_to   text[]      not null default '{}',
    registered_by   text        not null,
    search_text     text        not null default '',
    unique (unit_slug, year, number),
    unique (unit_slug, outgoing_id)
);
create index documents_incoming_unit on documents_incoming (unit_slug, received_at);

create table documents_incoming_file (
    incoming_id uuid not null references documents_incoming (id),
    file_id     uuid not null references documents_file (id),
    primary key (incoming_id, file_id)
);

create table documents_assignment (
    id                     uuid primary key,
    incoming_id            uuid        not null references documents_incoming (id),
    assignee_kind          text        not null check (assignee_kind in ('PERSON', 'DEPARTMENT')),
    assignee               text        not null,
    purpose                text        not null check (purpose in ('HANDLE', 'INFORM')),
    working_days           numeric,
    due_at                 timestamptz,
    remind_at              timestamptz,
    note                   text,
    assigned_by            text        not null,
    assigned_at            timestamptz not null,
    status                 text        not null check (status in ('OPEN', 'CLOSED')),
    closed_at              timestamptz,
    closed_by              text,
    reply_symbol           text,
    approaching_sent_at    timestamptz,
    overdue_sent_at        timestamptz
);
create index documents_assignment_incoming on documents_assignment (incoming_id);
create index documents_assignment_reminders on documents_assignment (remind_at) where status = 'OPEN' and purpose = 'HANDLE';

create table documents_progress (
    id            bigserial primary key,
    assignment_id uuid        not null references documents_assignment (id),
    note          text        not null,
    reported_by   text        not null,
    reported_at   timestamptz not null
);
