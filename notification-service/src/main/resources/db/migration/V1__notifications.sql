create table notification (
    id              uuid        primary key,
    tracking_number text        not null,
    agency          text        not null,
    kind            text        not null,
    channel         text        not null,
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    status          text        not null,
    created_at      timestamptz not null
);

create index notification_case on notification (tracking_number, created_at);
