-- What happened to a case's clocks, in order; due dates are derived from it, never overwritten in place.
create table clock_event (
    id              bigint generated always as identity primary key,
    tracking_number text        not null,
    agency          text        not null,
    kind            text        not null,
    occurred_on     date        not null,
    recorded_at     timestamptz not null,
    source_event_id text        not null unique
);

create index clock_event_case on clock_event (tracking_number, id);

create function clock_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'clock_event is append-only';
end;
$$;

create trigger clock_event_append_only
    before update or delete on clock_event
    for each row execute function clock_event_append_only();

-- The current derivation per clock, kept for queries and alerts.
create table deadline_clock (
    tracking_number text    not null,
    clock           text    not null,
    agency          text    not null,
    start_date      date    not null,
    working_days    integer not null,
    due_date        date    not null,
    provisional     boolean not null,
    regime          text    not null,
    primary key (tracking_number, clock)
);

create index deadline_clock_agency_due on deadline_clock (agency, due_date);
