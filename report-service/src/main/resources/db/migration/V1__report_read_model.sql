-- report-service's read model of the events (ogi.requests, ogi.cases, ogi.appeals): rebuildable from the topics.

-- One row per request: what table 三 needs (CaseFact). Columns are null until the event that carries them arrives.
create table case_fact (
    tracking_number  text primary key,
    agency           text not null,
    kind             text,
    applicant_column text,
    received_date    date,
    outcome_date     date,
    outcome_row      text,
    row_date         date,
    -- EVENTS, or IMPORT for open cases carried over from before the system went live
    source           text not null default 'EVENTS'
);
create index case_fact_agency_received on case_fact (agency, received_date);
create index case_fact_agency_outcome on case_fact (agency, outcome_date);

-- Maintained counters: how many requests of an agency have each shape (column, received year, outcome year, row).
-- A report reads these few hundred rows, whatever the number of cases. Nulls are stored as '' / 0 so the key is
-- a plain primary key.
create table shape_count (
    agency           text    not null,
    applicant_column text    not null,
    received_year    integer not null,
    outcome_year     integer not null,
    outcome_row      text    not null,
    requests         bigint  not null,
    primary key (agency, applicant_column, received_year, outcome_year, outcome_row)
);

-- One row per appeal: what table 四 needs (AppealFact).
create table appeal_fact (
    appeal_number text primary key,
    agency        text not null,
    kind          text,
    filed_on      date,
    report_column text,
    decided_on    date
);
create index appeal_fact_agency_filed on appeal_fact (agency, filed_on);

-- A year's published figures: frozen by the head of the OGI office, never changed by later events.
create table frozen_report (
    agency    text        not null,
    year      integer     not null,
    frozen_at timestamptz not null,
    frozen_by text        not null,
    checksum  text        not null,
    cells     text        not null,
    primary key (agency, year)
);
