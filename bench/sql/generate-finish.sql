-- Generator, part 3 of 3: the daily code numbers taken, the id sequence, what was generated, clean-up.
\set ON_ERROR_STOP on
set time zone 'Asia/Ho_Chi_Minh';

-- later submissions on these days continue after the generated numbers instead of colliding with them
insert into dossier_code_sequence (agency_code, day, last_value)
select u.agency_code, bench.wdate(s.i), s.n from bench.slot s join bench.unit u on u.u = s.u
on conflict (agency_code, day) do update
    set last_value = greatest(dossier_code_sequence.last_value, excluded.last_value);
select setval(pg_get_serial_sequence('dossier', 'id'), (select max(id) from dossier)) \g /dev/null

-- the batches ran without foreign-key triggers: check the generated rows against every foreign key they have
do $$
declare
    orphans bigint;
begin
    select (select count(*) from dossier d
            where d.id > (select base_id from bench.params)
              and (not exists (select 1 from organization_unit u where u.slug = d.receiving_unit)
                or not exists (select 1 from organization_unit u where u.slug = d.competent_unit)
                or not exists (select 1 from organization_unit u where u.slug = d.processing_unit)))
         + (select count(*) from dossier_history h
            where h.dossier_id > (select base_id from bench.params)
              and not exists (select 1 from dossier d where d.id = h.dossier_id))
         + (select count(*) from dossier_upload x
            where x.dossier_id > (select base_id from bench.params)
              and (not exists (select 1 from dossier d where d.id = x.dossier_id)
                or not exists (select 1 from dossier_file f where f.id = x.file_id)))
    into orphans;
    if orphans > 0 then
        raise exception 'the generator wrote % rows that break a foreign key', orphans;
    end if;
end $$;

\pset footer off
\echo 'generated dossiers by outcome:'
select case status when 3 then 'refused at intake'
                  when 10 then 'result returned, ' || case when on_time then 'on time' else 'late' end
                  when 9 then 'finished, result awaiting collection, ' || case when on_time then 'on time' else 'late' end
                  else 'in progress, status ' || status end as outcome,
       count(*) as dossiers, round(100.0 * count(*) / sum(count(*)) over (), 1) as pct
from dossier d where id > (select base_id from bench.params)
group by 1 order by 2 desc;
with h as (
    select count(*) as lines, count(*) filter (where action = 'TRANSFER') as transfers
    from dossier_history where dossier_id > (select base_id from bench.params)
)
select round(100.0 * count(*) filter (where supplement_requests > 0) / count(*), 1) as pct_supplemented,
       round(100.0 * (select transfers from h) / count(*), 1) as pct_transferred,
       round(100.0 * count(*) filter (where waiting_unit is not null) / count(*), 1) as pct_in_an_inbox,
       round(100.0 * count(*) filter (where channel = 'ONLINE') / count(*), 1) as pct_online,
       (select lines from h) as slip_lines
from dossier d where id > (select base_id from bench.params);

set client_min_messages = warning;
drop schema bench cascade;
