-- Feedback of the city's 1022 system (module feedback): reports, their append-only history, photos, ward boundaries
-- for routing by location, and the Open311 API keys.
create sequence feedback_report_seq start with 100001;

create table feedback_report (
    id                bigint      primary key,
    category          text        not null,
    description       text        not null check (length(description) <= 4000),
    channel           text        not null check (channel in ('WEB', 'OPEN311', 'HOTLINE')),
    status            text        not null check (status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED')),
    latitude          double precision,
    longitude         double precision,
    address           text,
    -- the ward the reporter or operator chose (no coordinates), or an Open311 address_id
    chosen_unit       text,
    unit_slug         text,
    -- how the unit was found: BOUNDARY, APPROXIMATE_BOUNDARY, CHOSEN, ADDRESS, CITY_WIDE, CITY_DISPATCH, TRANSFER
    routed_by         text,
    contact_name      text,
    contact_phone     text,
    contact_email     text,
    -- the logged-in citizen (personal ID / tax code) or the hotline operator who typed the call in
    reporter_subject  text,
    operator          text,
    attributes        jsonb       not null default '{}',
    device_id         text,
    -- Open311 media_url: a link to the reporter's picture elsewhere (never fetched by the platform)
    media_url         text,
    follow_token_hash text        not null unique,
    open311_token     text        not null unique,
    received_at       timestamptz not null,
    assigned_at       timestamptz,
    due_at            timestamptz not null,
    answer            text,
    answered_at       timestamptz,
    answered_by       text,
    closed_at         timestamptz,
    close_reason      text,
    reopen_count      int         not null default 0,
    escalated_at      timestamptz,
    rating            smallint    check (rating between 1 and 5),
    rating_comment    text,
    updated_at        timestamptz not null,
    version           int         not null default 0
);
create index feedback_report_received_idx on feedback_report (received_at) where status = 'RECEIVED';
create index feedback_report_unit_idx on feedback_report (unit_slug, status);
create index feedback_report_due_idx on feedback_report (due_at) where escalated_at is null and status in ('ASSIGNED', 'IN_PROGRESS');
create index feedback_report_answered_idx on feedback_report (status, answered_at);
create index feedback_report_list_idx on feedback_report (received_at desc);

-- Every transition of a report, never changed or deleted.
create table feedback_history (
    id          bigserial   primary key,
    report_id   bigint      not null references feedback_report (id),
    at          timestamptz not null,
    action      text        not null,
    actor       text        not null,
    from_status text,
    to_status   text        not null,
    unit_slug   text,
    note        text
);
create index feedback_history_report_idx on feedback_history (report_id, id);

create function feedback_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'feedback_history is append-only';
end $$;
create trigger feedback_history_append_only before update or delete on feedback_history
    for each row execute function feedback_history_append_only();

-- Photos of a report (REPORT) or of its answer (ANSWER), stored after their location metadata was removed.
create table feedback_photo (
    id         bigserial   primary key,
    report_id  bigint      not null references feedback_report (id),
    kind       text        not null check (kind in ('REPORT', 'ANSWER')),
    media_type text        not null,
    size       int         not null,
    content    bytea       not null,
    created_at timestamptz not null
);
create index feedback_photo_report_idx on feedback_photo (report_id, id);

-- Ward-level boundaries (WKT, longitude latitude); approximate ones are the demo's Voronoi cells.
create table feedback_boundary (
    unit_slug   text        primary key,
    geometry    text        not null,
    approximate boolean     not null,
    source      text        not null,
    imported_at timestamptz not null,
    imported_by text        not null
);

-- Open311 API keys: only their SHA-256 is kept.
create table feedback_open311_key (
    id         bigserial   primary key,
    name       text        not null,
    key_hash   text        not null unique,
    created_by text        not null,
    created_at timestamptz not null,
    revoked_at timestamptz
);
