-- Generator, part 1 of 3: helpers and the plan of :n dossiers over the past 12 months (psql -v n=… -v seed=…
-- -v file_id=… -v file_size=…). Everything it creates lives in the schema "bench", dropped by generate-finish.sql.
--
-- Time is modelled in "working seconds": second w of the working-day index (w - 1) / 28800 of the calendar table
-- (Monday-Friday minus holidays plus swapped working days), 07:30-11:30 then 13:00-17:00 in Asia/Ho_Chi_Minh (the
-- platform's defaults). Adding working time is then addition, as WorkingCalendar.addWorkingTime does it.
\set ON_ERROR_STOP on
set time zone 'Asia/Ho_Chi_Minh';
-- deterministic: random() must be drawn in one process, in one order
set max_parallel_workers_per_gather = 0;
set client_min_messages = warning;
drop schema if exists bench cascade;
create schema bench;
select setseed(:seed) \g /dev/null

-- base_id: the first batch takes the ids after those of the dossiers that exist then
create table bench.params as select now() as now, :n::bigint as n, :'file_id'::text as file_id, null::bigint as base_id;

-- working days, index 0 = the first one 400 calendar days ago
create table bench.wday as
select (row_number() over (order by g.day) - 1)::int as i, g.day::date as day
from generate_series((current_date - 400)::timestamp, (current_date + 400)::timestamp, interval '1 day') g(day)
where (extract(isodow from g.day) < 6
        and not exists (select 1 from calendar_day c where c.day = g.day::date and c.kind = 'holiday'))
   or exists (select 1 from calendar_day c where c.day = g.day::date and c.kind = 'working_day');

-- the date of working day i, from a constant array so that PostgreSQL inlines it
do $$
begin
    execute format('create function bench.wdate(i int) returns date language sql immutable parallel safe as %L',
                   format('select (%L::date[])[$1 + 1]', (select array_agg(day order by i) from bench.wday)::text));
end $$;

-- the instant of working second w (UTC+7 all year: Viet Nam has no daylight saving time)
create function bench.ts(w bigint) returns timestamptz language sql immutable parallel safe as $$
    select to_timestamp((bench.wdate((($1 - 1) / 28800)::int) - date '1970-01-01')::bigint * 86400 - 25200
        + case when $1 - (($1 - 1) / 28800) * 28800 <= 14400 then 27000 + $1 - (($1 - 1) / 28800) * 28800
               else 32400 + $1 - (($1 - 1) / 28800) * 28800 end)
$$;

-- Instant.toString() of a whole-second instant, as the platform writes it into the slip's details
create function bench.iso(t timestamptz) returns text language sql stable parallel safe as $$
    select to_char($1 at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;

-- the 168 ward-level units, each with a weight (central wards receive more)
create table bench.unit as
select (row_number() over (order by seq))::int as u, slug, agency_code, name_vi, exp(random() * 1.6) as weight
from organization_unit
where type in ('ward', 'commune', 'special_zone') and effective_to is null;

-- A form that passes the procedure's form schema: its required fields with plausible values.
create function bench.sample_form(s jsonb, field text) returns jsonb language plpgsql immutable as $$
declare
    result jsonb := '{}';
    name text;
    text_value text;
begin
    case s ->> 'type'
        when 'object' then
            for name in select jsonb_array_elements_text(coalesce(s -> 'required', '[]')) loop
                result := result || jsonb_build_object(name, bench.sample_form(s -> 'properties' -> name, name));
            end loop;
            return result;
        when 'array' then return jsonb_build_array(bench.sample_form(s -> 'items', field));
        when 'boolean' then return 'true';
        when 'integer', 'number' then
            return to_jsonb(least(coalesce((s ->> 'maximum')::numeric, 1000000000),
                    greatest(coalesce((s ->> 'minimum')::numeric, 1),
                            case when field ilike '%vnd' then 1000000000 else 1 end))::bigint);
        else
            if s ? 'enum' then
                return s -> 'enum' -> 0;
            elsif s ->> 'format' = 'date' then
                return to_jsonb('1990-05-17'::text);
            elsif s ->> 'format' = 'email' then
                return to_jsonb('nguoi.nop@example.vn'::text);
            end if;
            text_value := case
                when field ilike '%personalid%' then '079190000001'
                when field ilike '%code%' then '4711'
                when field ilike '%phone%' then '0912345678'
                when field ilike '%name%' then 'Nguyễn Văn An'
                when field ilike 'nationality' then 'Việt Nam'
                when field ilike 'ethnicity' then 'Kinh'
                when field ilike any (array['%address%', '%residence%', '%place%']) then '12 Lê Lợi, Phường Sài Gòn'
                else 'Kê khai theo mẫu' end;
            return to_jsonb(left(text_value, coalesce((s ->> 'maxLength')::int, 200)));
    end case;
end $$;

-- the procedures in force, each with a weight; the steps frozen as ProcedureTermsLookup freezes them
create table bench.proc as
with p as (
    select v.code, v.version, v.definition d, exp(random() * 2) as weight
    from catalog_procedure_version v where v.status = 'published' order by v.code
)
select (row_number() over (order by code))::int as p, code, version,
       d -> 'name' ->> 'vi' as name_vi, d -> 'name' ->> 'en' as name_en,
       (d -> 'timeLimit' ->> 'workingDays')::numeric as tl,
       (d -> 'timeLimit' ->> 'verificationWorkingDays')::numeric as verification_days,
       coalesce((select sum((f ->> 'amountVnd')::bigint) from jsonb_array_elements(d -> 'fees') f), 0) as fees,
       d -> 'competentUnit' ->> 'department' as department,
       (select jsonb_agg(jsonb_build_object('id', s ->> 'id', 'nameVi', s -> 'name' ->> 'vi',
                'nameEn', s -> 'name' ->> 'en', 'role', s ->> 'role', 'unit', s ->> 'unit',
                'workingDays', s -> 'workingDays') order by k)
        from jsonb_array_elements(d -> 'process') with ordinality x(s, k)) as steps,
       jsonb_array_length(d -> 'process') as n,
       (select sum((s ->> 'workingDays')::numeric * 28800) from jsonb_array_elements(d -> 'process') s)::bigint as sum_a,
       -- a supplement is asked for at step 1 when it has a time of its own; a transfer when step 1 is the competent ward's
       coalesce((d -> 'process' -> 1 ->> 'workingDays')::numeric > 0, false) as supp_ok,
       d -> 'competentUnit' ->> 'department' is null and d -> 'process' -> 1 ->> 'unit' = 'competent' as transfer_ok,
       bench.sample_form(d -> 'form', '') as form,
       (sum(weight) over (order by code) - weight) / sum(weight) over () as cum_lo,
       sum(weight) over (order by code) / sum(weight) over () as cum_hi
from p;

create table bench.step as
select p.p, (x.k - 1)::int as k, x.s ->> 'id' as sid, x.s ->> 'unit' as unit, x.s ->> 'role' as role,
       ((x.s ->> 'workingDays')::numeric * 28800)::bigint as a
from bench.proc p
join catalog_procedure_version v on v.code = p.code and v.version = p.version,
     jsonb_array_elements(v.definition -> 'process') with ordinality x(s, k);

-- How many dossiers each unit received on each working day of the past 12 months: weights by unit and weekday,
-- rounded so that the total is exactly :n (largest remainders). Their order numbers the dossier codes.
create table bench.slot as
with d as (
    select i, day from bench.wday where day >= current_date - 365 and day < current_date
), w as (
    select u.u, d.i, u.weight * (0.8 + random() * 0.4)
               * case extract(isodow from d.day) when 1 then 1.25 when 5 then 0.9 else 1 end as w
    from bench.unit u cross join d order by d.i, u.u
), x as (
    select u, i, (select n from bench.params) * w / sum(w) over () as x from w
), f as (
    select u, i, floor(x)::int as n, x - floor(x) as frac from x
), r as (
    select u, i, n + case when row_number() over (order by frac desc, i, u)
                               <= (select n from bench.params) - sum(n) over () then 1 else 0 end as n
    from f
)
select u, i, n, (sum(n) over (order by i, u) - n)::bigint as first from r where n > 0;
create index on bench.slot (first);

-- the result document shared by the finished dossiers (the script writes its file under the files directory)
insert into dossier_file (id, size, content_type) values (:'file_id', :file_size, 'application/pdf')
on conflict do nothing;

select count(*) as units, (select count(*) from bench.proc) as procedures,
       (select count(distinct i) from bench.slot) as working_days, (select sum(n) from bench.slot) as dossiers
from bench.unit;
