-- The calendar table: public holidays and swapped working days (Labour Code 2019 art. 111-112 and the government's
-- yearly notice), kept by the city admin. A date without a row is a working day from Monday to Friday.
create table calendar_day (
    day        date        primary key,
    kind       text        not null check (kind in ('holiday', 'working_day')),
    name_vi    text        not null,
    name_en    text        not null,
    updated_at timestamptz not null default now(),
    updated_by text        not null,
    -- A swapped working day (ngày làm bù) is a Saturday or Sunday worked; a weekday is a working day anyway.
    -- A holiday on a weekend changes nothing, but the notices list Tết break days that way: accepted.
    constraint calendar_day_working_day_on_weekend check (kind <> 'working_day' or extract(isodow from day) in (6, 7))
);

-- Dates the table shipped with the platform has loaded once: a row the city admin removed is not loaded again.
create table calendar_seeded_day (
    day       date        primary key,
    seeded_at timestamptz not null default now()
);
