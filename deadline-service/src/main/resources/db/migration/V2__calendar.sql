-- The official calendar, one row per notice year; the service seeds missing years from its shipped file and the
-- admin API adds or replaces years.
create table calendar_year (
    notice_year      integer     primary key,
    notice_reference text        not null,
    source           text        not null,
    updated_at       timestamptz not null
);

create table calendar_day (
    notice_year integer not null references calendar_year on delete cascade,
    day         date    not null,
    working     boolean not null,
    primary key (notice_year, day)
);

-- Bumped with every calendar change; instances compare it with the version they loaded.
create table calendar_version (
    id      integer primary key check (id = 1),
    version bigint  not null
);

insert into calendar_version (id, version) values (1, 0);
