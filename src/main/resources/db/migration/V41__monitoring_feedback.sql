-- One row per feedback report, kept from the feedback module's events (idempotent: a redelivered event rewrites the
-- same row); the per-unit-and-month sums are derived from it.
create table monitoring_feedback (
    report_id   bigint      primary key,
    category    text,
    unit_slug   text,
    received_at timestamptz,
    due_at      timestamptz,
    answered_at timestamptz
);
create index monitoring_feedback_due_idx on monitoring_feedback (unit_slug, due_at);
create index monitoring_feedback_received_idx on monitoring_feedback (unit_slug, received_at);
