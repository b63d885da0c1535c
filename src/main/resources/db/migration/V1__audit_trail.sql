-- Append-only audit trail shared by all modules (who changed or read what, when).
create table audit_entry (
    id      bigserial primary key,
    at      timestamptz not null,
    actor   text        not null,
    action  text        not null,
    subject text        not null,
    details jsonb       not null default '{}'::jsonb
);
create index audit_entry_subject_idx on audit_entry (subject text_pattern_ops, id desc);
create index audit_entry_actor_idx on audit_entry (actor, id desc);
