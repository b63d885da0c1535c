-- The applicant's satisfaction rating of a dossier's service, once, after the result (1-5 and a comment).
create table dossier_rating (
    dossier_code text        primary key references dossier (code),
    score        smallint    not null check (score between 1 and 5),
    comment      text        check (length(comment) <= 1000),
    rated_by     text        not null,
    rated_at     timestamptz not null
);

