-- The city, its departments and the 168 ward-level units, with effective-dated history (units merge).
create table organization_unit (
    slug           text primary key,
    type           text not null check (type in ('city', 'department', 'service_center', 'ward', 'commune', 'special_zone')),
    name_vi        text not null,
    name_en        text not null,
    parent_slug    text references organization_unit (slug),
    agency_code    text not null unique,
    effective_from date not null,
    effective_to   date,
    successor_slug text references organization_unit (slug),
    latitude       double precision,
    longitude      double precision,
    seq            integer not null,
    check (effective_to is null or effective_to > effective_from)
);
create index organization_unit_type_idx on organization_unit (type);

create table organization_staff_account (
    username        text primary key check (username ~ '^[a-z0-9][a-z0-9.-]{2,99}$'),
    display_name    text        not null,
    password_hash   text        not null,
    enabled         boolean     not null default true,
    failed_attempts integer     not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null default now()
);

-- A role held in a unit; an account may hold several.
create table organization_staff_grant (
    username  text not null references organization_staff_account (username) on delete cascade,
    unit_slug text not null references organization_unit (slug),
    role      text not null check (role in ('reception', 'processor', 'leader', 'clerk', 'admin', 'auditor')),
    primary key (username, unit_slug, role)
);
create index organization_staff_grant_unit_idx on organization_staff_grant (unit_slug, role);
