-- Monitoring (module monitoring): each dossier's contribution to the service-quality numbers, and their sums per
-- competent unit, procedure and month of receipt, kept up to date from the dossier and payment events.
create table monitoring_dossier (
    dossier_code        text        primary key,
    unit                text        not null,
    procedure_code      text        not null,
    procedure_name      text        not null,
    month               date        not null,
    received            smallint    not null,
    finished_on_time    smallint    not null,
    finished_late       smallint    not null,
    in_progress_on_time smallint    not null,
    in_progress_overdue smallint    not null,
    withdrawn           smallint    not null,
    online              smallint    not null,
    fee_owing           smallint    not null,
    paid_online         smallint    not null,
    digitised           smallint    not null,
    result_digitised    smallint    not null,
    registry_reused     smallint    not null,
    supplemented        smallint    not null,
    -- when it turns overdue by time alone (in progress on time, not waiting for the applicant)
    sweep_at            timestamptz,
    updated_at          timestamptz not null
);
create index monitoring_dossier_unit_idx on monitoring_dossier (unit, month, procedure_code);
create index monitoring_dossier_sweep_idx on monitoring_dossier (sweep_at) where sweep_at is not null;

create table monitoring_count (
    unit                text    not null,
    procedure_code      text    not null,
    month               date    not null,
    procedure_name      text    not null,
    received            bigint  not null default 0,
    finished_on_time    bigint  not null default 0,
    finished_late       bigint  not null default 0,
    in_progress_on_time bigint  not null default 0,
    in_progress_overdue bigint  not null default 0,
    withdrawn           bigint  not null default 0,
    online              bigint  not null default 0,
    fee_owing           bigint  not null default 0,
    paid_online         bigint  not null default 0,
    digitised           bigint  not null default 0,
    result_digitised    bigint  not null default 0,
    registry_reused     bigint  not null default 0,
    supplemented        bigint  not null default 0,
    primary key (unit, procedure_code, month)
);
create index monitoring_count_month_idx on monitoring_count (month, unit);

-- The city's thresholds for a ward to count as "green" (meeting the digital-transformation standard): versioned,
-- never changed once set; the newest version applies.
create table monitoring_green_threshold (
    version    integer     primary key,
    criteria   jsonb       not null,
    reason     text,
    set_by     text        not null,
    set_at     timestamptz not null
);

-- Directive plans (kế hoạch chỉ đạo điều hành) of the city, their tasks assigned to units and progress reports.
create table monitoring_directive_plan (
    id         bigserial   primary key,
    code       text        not null unique,
    title      text        not null,
    created_by text        not null,
    created_at timestamptz not null
);

create table monitoring_directive_task (
    id           bigserial   primary key,
    plan_id      bigint      not null references monitoring_directive_plan (id),
    title        text        not null,
    unit         text        not null references organization_unit (slug),
    due_on       date        not null,
    progress     integer     not null default 0 check (progress between 0 and 100),
    completed_at timestamptz,
    created_at   timestamptz not null
);
create index monitoring_directive_task_plan_idx on monitoring_directive_task (plan_id, id);
create index monitoring_directive_task_unit_idx on monitoring_directive_task (unit);

create table monitoring_directive_report (
    task_id     bigint      not null references monitoring_directive_task (id),
    seq         integer     not null,
    progress    integer     not null check (progress between 0 and 100),
    note        text        not null,
    reported_by text        not null,
    reported_at timestamptz not null,
    primary key (task_id, seq)
);
