-- Shared by every service: the transactional outbox and the idempotent-consumer log.

create table outbox_message (
    id           bigint generated always as identity primary key,
    event_id     text        not null unique,
    event_type   text        not null,
    topic        text        not null,
    message_key  text        not null,
    payload      text        not null,
    created_at   timestamptz not null,
    published_at timestamptz
);

create index outbox_message_unpublished on outbox_message (id) where published_at is null;

-- NOTIFY is delivered on commit only, so the relay wakes exactly when an event becomes visible.
create function outbox_message_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('ogi_outbox', '');
    return null;
end;
$$;

create trigger outbox_message_inserted
    after insert on outbox_message
    for each statement execute function outbox_message_notify();

create table consumed_event (
    consumer    text        not null,
    event_id    text        not null,
    event_type  text        not null,
    consumed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
