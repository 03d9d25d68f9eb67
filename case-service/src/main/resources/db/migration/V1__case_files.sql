create table case_file (
    tracking_number    text        primary key,
    agency             text        not null,
    state              text        not null,
    received_date      date        not null,
    applicant_category text        not null,
    opened_at          timestamptz not null,
    version            bigint      not null default 0
);

create index case_file_agency_state on case_file (agency, state);

-- Due dates come from deadline-service's events, which may arrive before the case is opened.
create table case_deadline (
    tracking_number text    not null,
    clock           text    not null,
    due_date        date    not null,
    provisional     boolean not null,
    primary key (tracking_number, clock)
);
