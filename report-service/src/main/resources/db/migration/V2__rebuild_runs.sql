-- Rebuilds of the read model from the topics (POST /api/reports/rebuild), read back by id. The partial unique index
-- lets one run at a time across instances: a second insert while one is RUNNING inserts nothing (409).
create table rebuild_run (
    id          uuid        primary key,
    state       text        not null check (state in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    started_at  timestamptz not null,
    finished_at timestamptz,
    events      integer,
    detail      text
);
create unique index rebuild_run_one_running on rebuild_run (state) where state = 'RUNNING';
