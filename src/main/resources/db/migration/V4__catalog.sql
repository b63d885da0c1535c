-- The procedure catalogue: one row per procedure, pointing at the version in force, and every version ever published.
-- A version's definition never changes once written; only its status moves (published → superseded or retired).
create table catalog_procedure (
    code            text primary key,
    current_version integer,  -- the published version; null when every version is retired
    created_at      timestamptz not null
);

create table catalog_procedure_version (
    code         text        not null references catalog_procedure (code),
    version      integer     not null check (version > 0),
    status       text        not null check (status in ('published', 'superseded', 'retired')),
    definition   jsonb       not null,
    source       text        not null check (source in ('file', 'api')),
    source_hash  text        not null,  -- SHA-256 of the file (source file) or of the definition (source api)
    published_at timestamptz not null,
    published_by text        not null,
    retired_at   timestamptz,
    primary key (code, version),
    check ((status = 'retired') = (retired_at is not null))
);
-- at most one version of a procedure is in force
create unique index catalog_procedure_version_published_idx on catalog_procedure_version (code)
    where status = 'published';

alter table catalog_procedure
    add constraint catalog_procedure_current_fk foreign key (code, current_version)
        references catalog_procedure_version (code, version);
