-- Generator, part 2 of 3: the dossiers of the slots whose first dossier number is in [:lo, :hi), their
-- process-control slips and result uploads, as the platform would have written them (see Dossier.java): each
-- dossier's whole life is planned, then cut at the generator's start — what lies in the future has not happened,
-- which leaves the recent dossiers in someone's inbox.
\set ON_ERROR_STOP on
set time zone 'Asia/Ho_Chi_Minh';
set max_parallel_workers_per_gather = 0;
-- the batch's sorts, hashes and work tables fit in memory
set work_mem = '512MB';
set temp_buffers = '1GB';
-- without the foreign-key triggers, as pg_restore loads (they were ~40 % of the inserts' time): the rows reference
-- what exists by construction, and generate-finish.sql checks every foreign key afterwards
set session_replication_role = replica;
select setseed(:batch_seed) \g /dev/null
update bench.params set base_id = coalesce((select max(id) from dossier), 0) where base_id is null;

-- work tables of this batch (batches run in parallel sessions)
create temp table plan (
    id bigint primary key, nr bigint, u int, i int, q int, p int, code text, rslug text, comp_slug text,
    target_slug text, online boolean, refused boolean, supp boolean, late boolean, tr boolean,
    t0 bigint, t1 bigint, a0 bigint, w bigint, refuse_at bigint, pick bigint, r_x double precision,
    r_late double precision, pid text, name text, birth date, phone text, email text, address text
);
create temp table pstep (
    id bigint, k int, sid text, role text, unit_pre text, unit_post text, a bigint, dur bigint, pause bigint,
    s bigint, e bigint, d bigint, dpre bigint, primary key (id, k)
);
create temp table ev (
    id bigint, ord int, k int, action text, at timestamptz, actor_id text, actor_role text, actor_unit text,
    from_status smallint, to_status smallint, note text, attachments jsonb, details jsonb
);

-- one row per dossier: who, what, where, and the outcome
insert into plan
with x as (
    select s.u, s.i, s.n as cnt, g.q, s.first + g.q - 1 as nr,
           random() as r_proc, random() as r_out, random() as r_chan, random() as r_comp, random() as r_t,
           random() as r_rev, random() as r_wait, random() as r_x, random() as r_late, random() as r_pick,
           random() as r_by, random() as r_dob, random() as r_name
    from bench.slot s cross join lateral generate_series(1, s.n) g(q)
    where s.first >= :lo and s.first < :hi
    order by s.i, s.u, g.q
), y as (
    select x.*, p.p, p.tl, p.department, p.supp_ok, p.transfer_ok, ru.slug as rslug, ru.agency_code,
           ru.name_vi as rname,
           p.department is null and r_chan < 0.35 as online,
           r_out < 0.03 as refused,
           p.supp_ok and r_out >= 0.03 and r_out < 0.16 as supp,
           r_out >= 0.16 and r_out < 0.23 as late,
           p.transfer_ok and r_out >= 0.23 and r_out < 0.258 as tr,
           -- most applicants go to their own ward's desk; some to another one (location-independent intake)
           case when p.department is not null then null
                when r_chan >= 0.35 and r_comp < 0.05 then (x.u + floor(r_comp * 20 * 167)::int) % 168 + 1
                else x.u end as comp_u,
           -- i*28800 < t0 <= (i+1)*28800: during working day i, in the order of the daily numbers
           x.i::bigint * 28800 + 1 + floor((x.q - 1 + r_t) * 28798 / x.cnt)::bigint as t0,
           1950 + floor(r_by * 56)::int as by, floor(r_by * 5600)::int % 2 as female
    from x
    join bench.unit ru on ru.u = x.u
    join bench.proc p on x.r_proc >= p.cum_lo and x.r_proc < p.cum_hi
), z as (
    select y.*,
           case when online then t0 + 300 + floor(r_rev * 20000)::bigint else t0 end as t1
    from y
)
select (select base_id from bench.params) + nr + 1, nr, z.u, z.i, z.q, z.p,
       z.agency_code || '-' || to_char(bench.wdate(z.i), 'YYMMDD') || '-' || case when q < 10000 then lpad(q::text, 4, '0')
           else q::text end,
       rslug, coalesce(department, cu.slug),
       case when tr then (select slug from bench.unit where u = (z.comp_u + floor(r_x * 1000 * 167)::int % 167) % 168 + 1) end,
       online, refused, supp, late, tr, t0, t1,
       case when tl > 0 then t1 + (tl * 28800)::bigint
            -- same-day procedures: by 15:00 (to the minute) → the end of that working day, else of the next one
            when t1 - ((t1 - 1) / 28800) * 28800 < 21660 then ((t1 - 1) / 28800 + 1) * 28800
            else ((t1 - 1) / 28800 + 2) * 28800 end,
       case when supp then 14400 + floor(r_wait * 5 * 28800)::bigint else 0 end,
       case when online then t0 + 300 + floor(r_rev * 20000)::bigint else t1 + 120 + floor(r_rev * 900)::bigint end,
       300 + floor(r_pick * r_pick * 25 * 28800)::bigint,
       r_x, r_late,
       -- personal ID: province 079, sex and century, year of birth, serial
       '079' || ((case when by >= 2000 then 2 else 0 end) + female)::text || lpad((by % 100)::text, 2, '0')
           || lpad(((nr * 7919 + 13) % 1000000)::text, 6, '0'),
       (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
              'Ngô', 'Dương', 'Lý'])[1 + floor(r_name * 16)::int] || ' '
           || case when female = 1 then (array['Thị', 'Ngọc', 'Thanh', 'Minh', 'Thu'])[1 + floor(r_name * 80)::int % 5]
                   else (array['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Gia'])[1 + floor(r_name * 96)::int % 6] end || ' '
           || case when female = 1 then (array['Hằng', 'Lan', 'Mai', 'Hoa', 'Trang', 'Linh', 'Ngân', 'Thảo', 'Vy',
                        'Yến'])[1 + floor(r_name * 1600)::int % 10]
                   else (array['An', 'Bình', 'Dũng', 'Hải', 'Hùng', 'Khang', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn',
                        'Tuấn'])[1 + floor(r_name * 1920)::int % 12] end,
       make_date(by, 1 + floor(r_dob * 12)::int, 1 + floor(r_dob * 336)::int % 28),
       '09' || lpad(((nr * 104729) % 100000000)::text, 8, '0'),
       case when r_dob * 1000 - floor(r_dob * 1000) < 0.3 then 'nguoidan' || nr || '@example.vn' end,
       (1 + nr % 300) || ' '
           || (array['Lê Lợi', 'Nguyễn Huệ', 'Hai Bà Trưng', 'Trần Hưng Đạo', 'Lý Thường Kiệt', 'Cách Mạng Tháng Tám',
                     'Điện Biên Phủ', 'Võ Văn Kiệt'])[1 + (nr / 7 % 8)::int]
           || ', ' || rname || ', Thành phố Hồ Chí Minh'
from z left join bench.unit cu on cu.u = z.comp_u;
analyze plan;

-- one row per dossier and step: when it starts, is due and ends, in working seconds. On time: each step takes
-- 40-92 % of its share of the time limit. Late: step 1 overruns the whole limit. A supplement pauses step 1.
insert into pstep
with b as (
    select d.id, d.late, d.supp, d.tr, d.t1, d.a0, d.w, d.r_late, d.rslug, d.comp_slug, d.target_slug,
           st.k, st.sid, st.unit, st.role, st.a, p.sum_a, p.n, d.a0 - d.t1 as bb, random() as f
    from plan d join bench.proc p on p.p = d.p join bench.step st on st.p = d.p
    order by d.id, st.k
), c as (
    select b.*, 60 + floor((0.4 + 0.52 * f) * case when a > 0 then least(a, bb * a / greatest(sum_a, 1))
                                    when sum_a > 0 then 0.02 * bb else bb / n end)::bigint as dur0
    from b
), e as (
    select c.*,
           dur0 + case when late and k = 1
                       then greatest(0, bb - sum(dur0) over (partition by id)) + 600 + floor(r_late * bb * 0.5)::bigint
                       else 0 end as dur,
           case when supp and k = 1 then w else 0 end as pause
    from c
), f as (
    select e.*, t1 + sum(dur + pause) over (partition by id order by k) as e_end from e
)
select id, k, sid, role,
       case unit when 'receiving' then rslug when 'competent' then comp_slug else unit end,
       case unit when 'receiving' then rslug when 'competent' then coalesce(target_slug, comp_slug) else unit end,
       a, dur, pause, e_end - dur - pause, e_end,
       case when a > 0 then e_end - dur + a else a0 + case when supp and k >= 2 then w else 0 end end,
       case when a > 0 then e_end - dur - pause + a else a0 + case when supp and k >= 2 then w else 0 end end
from f;
analyze pstep;

-- every action of each planned life, with its actor and the slip's details as Dossier.record() writes them
insert into ev
-- submitted online by the applicant, or taken in at the desk
select d.id, 0, -1, 'SUBMIT', bench.ts(d.t0),
       case when d.online then d.pid else d.rslug || '.reception' end,
       case when d.online then 'citizen' else 'reception' end,
       case when d.online then null else d.rslug end, null::smallint, 1::smallint, null::text, '[]'::jsonb,
       '{}'::jsonb
from plan d
union all
select d.id, 1, 0, 'RECEIVE', bench.ts(d.t1), d.rslug || '.reception', 'reception', d.rslug, 1, 2, null, '[]',
       jsonb_build_object('appointmentAt', bench.iso(bench.ts(d.a0)), 'nextStep', s.sid, 'nextUnit', s.unit_pre,
                          'nextRole', s.role, 'nextDueAt', bench.iso(bench.ts(s.dpre)))
from plan d join pstep s on s.id = d.id and s.k = 0
where not (d.refused and d.online)
union all
select d.id, 2, case when d.online then -1 else 0 end, 'REFUSE', bench.ts(d.refuse_at), d.rslug || '.reception',
       'reception', d.rslug, case when d.online then 1 else 2 end, 3,
       'Hồ sơ không thuộc trường hợp giải quyết theo thủ tục này', '[]', '{}'
from plan d where d.refused
union all
select d.id, 101, 1, 'TRANSFER', bench.ts(s.s + 30 + floor(s.dur * (0.05 + 0.3 * d.r_x))::bigint),
       s.unit_pre || '.' || s.role, s.role, s.unit_pre, 4, 4,
       'Chuyển đơn vị có thẩm quyền giải quyết theo nơi cư trú của người nộp', '[]',
       jsonb_build_object('fromUnit', d.comp_slug, 'toUnit', d.target_slug)
from plan d join pstep s on s.id = d.id and s.k = 1
where d.tr and not d.refused
union all
select d.id, 102, 1, 'REQUEST_SUPPLEMENT', bench.ts(s.s + 30 + floor(s.dur * (0.1 + 0.4 * d.r_x))::bigint),
       s.unit_pre || '.' || s.role, s.role, s.unit_pre, 4, 5, 'Thiếu giấy tờ theo quy định của thủ tục', '[]',
       jsonb_build_object('missing', jsonb_build_array('Bản sao giấy tờ chứng minh nơi cư trú'),
                          'supplementRequests', 1)
from plan d join pstep s on s.id = d.id and s.k = 1
where d.supp and not d.refused
union all
select d.id, 103, 1, 'SUPPLEMENT', bench.ts(s.s + 30 + floor(s.dur * (0.1 + 0.4 * d.r_x))::bigint + d.w),
       case when d.online then d.pid else d.rslug || '.reception' end,
       case when d.online then 'citizen' else 'reception' end,
       case when d.online then null else d.rslug end, 5, 4, 'Đã nộp bổ sung giấy tờ', '[]',
       jsonb_build_object('waitedWorkingMinutes', d.w / 60, 'appointmentAt', bench.iso(bench.ts(d.a0 + d.w)))
from plan d join pstep s on s.id = d.id and s.k = 1
where d.supp and not d.refused
union all
-- the overdue scan runs every minute: a step still open 2 minutes after its due instant was marked
select d.id, 100 * s.k + 4, s.k, 'MARK_OVERDUE', greatest(bench.ts(s.d), bench.ts(s.s)) + interval '30 seconds',
       'system', 'system', null, case when s.k = 0 then 2 else 4 end, case when s.k = 0 then 2 else 4 end, null, '[]',
       jsonb_build_object('step', s.sid, 'stepDueAt', bench.iso(bench.ts(s.d)),
                          'dossierLate', greatest(bench.ts(s.d), bench.ts(s.s)) + interval '30 seconds'
                                         > bench.ts(d.a0 + d.w))
from plan d join pstep s on s.id = d.id
where not d.refused and s.e > s.d + 120
union all
select d.id, 100 * s.k + 5, s.k, 'FORWARD', bench.ts(s.e),
       case when d.tr and s.k >= 1 then s.unit_post else s.unit_pre end || '.' || s.role, s.role,
       case when d.tr and s.k >= 1 then s.unit_post else s.unit_pre end,
       case when s.k = 0 then 2 else 4 end, case when nx.id is null then 9 else 4 end, null,
       case when nx.id is null then jsonb_build_array((select file_id from bench.params)) else '[]' end,
       case when nx.id is null
            then jsonb_build_object('completedStep', s.sid, 'completedStepDueAt', bench.iso(bench.ts(s.d)),
                                    'stepOnTime', s.e <= s.d, 'onTime', s.e <= d.a0 + d.w)
            else jsonb_build_object('completedStep', s.sid, 'completedStepDueAt', bench.iso(bench.ts(s.d)),
                                    'nextStep', nx.sid,
                                    'nextUnit', case when d.tr and s.k >= 1 then nx.unit_post else nx.unit_pre end,
                                    'nextRole', nx.role, 'nextDueAt', bench.iso(bench.ts(nx.dpre)),
                                    'stepOnTime', s.e <= s.d) end
from plan d join pstep s on s.id = d.id left join pstep nx on nx.id = s.id and nx.k = s.k + 1
where not d.refused
union all
-- the applicant collects the result, mostly soon, sometimes days later
select d.id, 1000000, s.k, 'RETURN_RESULT', bench.ts(s.e + d.pick), d.rslug || '.clerk', 'clerk', d.rslug, 9, 10,
       null, '[]', '{}'
from plan d join pstep s on s.id = d.id
where not d.refused and s.k = (select n from bench.proc p where p.p = d.p) - 1;
analyze ev;

begin;
-- the dossier as its last action left it (the columns Dossiers.update() writes, and waiting() for the inbox)
insert into dossier (id, code, version, procedure_code, procedure_version, procedure_name_vi, procedure_name_en,
                     channel, receiving_unit, competent_unit, processing_unit, applicant_personal_id,
                     applicant_tax_code, applicant_name, applicant_birth_date, applicant_phone, applicant_email,
                     applicant_address, form, time_limit_working_days, steps, fees_due_vnd, status,
                     status_before_pause, current_step, current_step_seq, overdue_marked_step,
                     current_step_started_at, current_step_due_at, submitted_at, received_at, appointment_at,
                     original_appointment_at, legal_due_at, paused_at, paused_working_seconds, supplement_requests,
                     apologized, finished_at, returned_at, ended_at, on_time, result_files, result_generated,
                     submitted_by, last_action_at, history_count, waiting_unit, waiting_role, waiting_due_at,
                     verification_working_days, extended_for_verification)
with last as (
    select id, count(*) as hc, max(k + 1) filter (where action = 'MARK_OVERDUE') as marked,
           (array_agg(action order by at desc, ord desc))[1] as la, (array_agg(k order by at desc, ord desc))[1] as lk,
           max(at) as lat
    from ev where at <= (select now from bench.params) group by id
), s1 as (
    select d.*, p.n, p.code as pcode, p.version, p.name_vi, p.name_en, p.tl, p.verification_days, p.steps, p.fees,
           p.form,
           l.hc, l.marked, l.la, l.lk, l.lat,
           case l.la when 'SUBMIT' then -1 when 'RECEIVE' then 0 when 'REFUSE' then l.lk
                     when 'FORWARD' then least(l.lk + 1, p.n - 1) when 'RETURN_RESULT' then p.n - 1
                     else l.lk end as cs,
           case l.la when 'SUBMIT' then 1 when 'RECEIVE' then 2 when 'REFUSE' then 3 when 'REQUEST_SUPPLEMENT' then 5
                     when 'SUPPLEMENT' then 4 when 'TRANSFER' then 4 when 'MARK_OVERDUE' then case when l.lk = 0 then 2 else 4 end
                     when 'FORWARD' then case when l.lk < p.n - 1 then 4 else 9 end
                     when 'RETURN_RESULT' then 10 end as st,
           d.supp and (l.la in ('SUPPLEMENT', 'RETURN_RESULT') or (l.la = 'FORWARD' and l.lk >= 1)) as after_supp,
           d.tr and (l.la in ('TRANSFER', 'RETURN_RESULT') or (l.la = 'FORWARD' and l.lk >= 1)) as after_tr
    from plan d join bench.proc p on p.p = d.p join last l on l.id = d.id
), s2 as (
    select s1.*, c.role as c_role, c.s as c_s, c.dpre as c_dpre, c.d as c_d,
           case when after_tr then c.unit_post else c.unit_pre end as c_unit, e.e as last_e,
           case when la = 'SUBMIT' or (la = 'REFUSE' and online) then null
                else bench.ts(a0 + case when after_supp then w else 0 end) end as appointment,
           case when st in (3, 9, 10) then null
                when st = 1 then bench.ts(t0 + 28800)
                when cs = 1 and supp and not after_supp then bench.ts(c.dpre)
                else bench.ts(c.d) end as step_due
    from s1 join pstep c on c.id = s1.id and c.k = greatest(s1.cs, 0)
            join pstep e on e.id = s1.id and e.k = s1.n - 1
)
select id, code, hc - case when online then 0 else 1 end, pcode, version, name_vi, name_en,
       case when online then 'ONLINE' else 'IN_PERSON' end, rslug,
       case when after_tr then target_slug else comp_slug end,
       case when cs < 0 then rslug else c_unit end,
       pid, null, name, birth, phone, email, address, form, tl, steps, fees, st,
       case when st = 5 then 4 end, cs, cs + 1, coalesce(marked, 0),
       case when cs >= 0 then bench.ts(c_s) end, step_due, bench.ts(t0),
       case when la = 'SUBMIT' or (la = 'REFUSE' and online) then null else bench.ts(t1) end,
       appointment,
       case when la = 'SUBMIT' or (la = 'REFUSE' and online) then null else bench.ts(a0) end,
       appointment,
       case when st = 5 then bench.ts(c_s + 30 + floor((select dur from pstep x where x.id = s2.id and x.k = 1)
                                                        * (0.1 + 0.4 * r_x))::bigint) end,
       case when after_supp then w else 0 end,
       case when supp and (st = 5 or after_supp) then 1 else 0 end,
       false,
       case when st in (9, 10) then bench.ts(last_e) end,
       case when st = 10 then lat end,
       case when st = 3 then lat when st in (9, 10) then bench.ts(last_e) end,
       case when st = 3 then true when st in (9, 10) then last_e <= a0 + w end,
       case when st in (9, 10) then jsonb_build_array((select file_id from bench.params)) else '[]' end,
       false,
       case when online then pid else rslug || '.reception' end,
       lat, hc,
       case when st in (1, 9) then rslug when st in (2, 4) then c_unit end,
       case when st = 1 then 'reception' when st = 9 then 'clerk' when st in (2, 4) then c_role end,
       case when st in (1, 2, 4) then step_due when st = 9 then appointment end,
       verification_days, false
from s2;

-- what has happened by now: the slip, numbered in order
insert into dossier_history (dossier_id, seq, at, action, actor_id, actor_name, actor_role, actor_unit, from_status,
                             to_status, step_index, note, attachments, details)
select ev.id, row_number() over (partition by ev.id order by ev.at, ev.ord), ev.at, ev.action, ev.actor_id,
       case when ev.actor_id = 'system' then 'Hệ thống'
            when ev.actor_role = 'citizen' then 'Công dân ' || ev.actor_id
            else a.display_name end,
       ev.actor_role, ev.actor_unit, ev.from_status, ev.to_status, ev.k, ev.note, ev.attachments, ev.details
from ev ev left join organization_staff_account a on a.username = ev.actor_id
where ev.at <= (select now from bench.params)
order by ev.id, ev.at, ev.ord;

-- the result document, uploaded to each finished dossier before its last step was completed
insert into dossier_upload (dossier_id, file_id, original_name, uploaded_by, uploaded_at)
select ev.id, (select file_id from bench.params), 'ket-qua.pdf', ev.actor_id, ev.at - interval '1 minute'
from ev ev
where ev.action = 'FORWARD' and ev.to_status = 9 and ev.at <= (select now from bench.params);
commit;
