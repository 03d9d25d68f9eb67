-- Cases known to appeals-service, so reconsideration and litigation can be linked to them.
create table appealable_case (
    tracking_number text        primary key,
    agency          text        not null,
    received_date   date        not null,
    registered_at   timestamptz not null
);

create table appeal (
    id              uuid        primary key,
    tracking_number text        not null references appealable_case (tracking_number),
    kind            text        not null,
    status          text        not null,
    filed_on        date        not null,
    created_at      timestamptz not null
);

create index appeal_case on appeal (tracking_number, filed_on);
