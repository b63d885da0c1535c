-- The notification outbox: one row per (event, recipient, channel), written in the transaction that handles the
-- event; e-mail and SMS rows are sent by the worker, in-app rows are the person's inbox (delivered when written).
create table notification_message (
    id              bigserial primary key,
    event_key       text        not null,
    template        text        not null,
    recipient       text        not null check (recipient ~ '^(citizen|staff):.+$'),
    channel         text        not null check (channel in ('EMAIL', 'SMS', 'IN_APP')),
    address         text,
    language        text        not null,
    subject         text,
    body            text        not null,
    link            text,
    status          text        not null check (status in ('PENDING', 'SENT', 'DEAD')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    claimed_by      text,
    claimed_until   timestamptz,
    last_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    read_at         timestamptz,
    unique (event_key, recipient, channel)
);
create index notification_message_due_idx on notification_message (channel, next_attempt_at, id) where status = 'PENDING';
create index notification_message_rate_idx on notification_message (channel, last_attempt_at) where last_attempt_at is not null;
create index notification_message_inbox_idx on notification_message (recipient, id desc) where channel = 'IN_APP';
create index notification_message_status_idx on notification_message (status, id desc);

-- A person's choice of channels and language; contacts here override those of the dossier.
create table notification_preference (
    recipient     text primary key check (recipient ~ '^(citizen|staff):.+$'),
    email_enabled boolean,
    sms_enabled   boolean,
    language      text check (language in ('vi', 'en')),
    email         text,
    phone         text,
    updated_at    timestamptz not null
);

-- What the demo SMS gateway received (demo mode), to be looked at instead of a phone.
create table notification_demo_sms (
    id          bigserial primary key,
    reference   text        not null unique,
    to_number   text        not null,
    text        text        not null,
    encoding    text        not null,
    segments    integer     not null,
    received_at timestamptz not null
);
create index notification_demo_sms_to_idx on notification_demo_sms (to_number, id desc);

-- The daily digest of officials ran for this day (written in the digest's own transaction: once across nodes).
create table notification_digest_run (
    day         date primary key,
    node        text        not null,
    messages    integer     not null,
    finished_at timestamptz not null
);
