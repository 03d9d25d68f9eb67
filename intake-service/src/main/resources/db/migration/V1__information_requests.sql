-- Gap-free tracking numbers: the counter row is locked by the registering transaction until it commits,
-- and a rollback returns the number.
create table tracking_counter (
    agency     text    not null,
    year       integer not null,
    last_value bigint  not null,
    primary key (agency, year)
);

create table information_request (
    id                 bigint generated always as identity primary key,
    tracking_number    text        not null unique,
    agency             text        not null,
    channel            text        not null,
    status             text        not null,
    received_date      date,
    registered_at      timestamptz not null,
    registered_by      text        not null,
    applicant_user_id  text,
    applicant_type     text        not null,
    applicant_category text        not null,
    applicant_name     text        not null,
    id_type            text,
    id_number          text,
    phone              text,
    email              text,
    address            text,
    info_title         text,
    info_document_no   text,
    info_description   text,
    delivery_form      text,
    delivery_method    text,
    version            bigint      not null default 0
);

create index information_request_agency_received on information_request (agency, received_date);
