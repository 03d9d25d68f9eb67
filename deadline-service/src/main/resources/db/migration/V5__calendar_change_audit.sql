-- Who changed the national calendar and when: one row per year written, by the shipped file at start or by a
-- system administrator through the API, with the facts written. Rows are only ever added.
create table calendar_change (
    id                   bigint generated always as identity primary key,
    calendar_version     bigint      not null,
    notice_year          integer     not null,
    notice_reference     text        not null,
    rest_days            date[]      not null,
    make_up_working_days date[]      not null,
    changed_by           text        not null,
    changed_by_name      text,
    changed_at           timestamptz not null
);

create index calendar_change_year on calendar_change (notice_year, id);

-- The years stored so far, as they stand, so that the history starts complete.
insert into calendar_change (calendar_version, notice_year, notice_reference, rest_days, make_up_working_days,
                             changed_by, changed_at)
select (select version from calendar_version), y.notice_year, y.notice_reference,
       coalesce(array(select d.day from calendar_day d where d.notice_year = y.notice_year and not d.working
                      order by d.day), '{}'),
       coalesce(array(select d.day from calendar_day d where d.notice_year = y.notice_year and d.working
                      order by d.day), '{}'),
       y.source, y.updated_at
from calendar_year y
order by y.notice_year;
