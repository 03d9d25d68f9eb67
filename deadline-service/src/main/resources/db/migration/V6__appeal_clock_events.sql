-- The appeal events the appeal clocks follow from (filing, extension of the decision period, decision), in order, so
-- that the clocks are derived again from them when the calendar changes or the body extends its period.
create table appeal_clock_event (
    id              bigint generated always as identity primary key,
    appeal_number   text        not null,
    agency          text        not null,
    event_type      text        not null,
    event           text        not null,
    recorded_at     timestamptz not null,
    source_event_id text        not null unique
);

create index appeal_clock_event_appeal on appeal_clock_event (appeal_number, id);

create function appeal_clock_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'appeal_clock_event is append-only';
end;
$$;

create trigger appeal_clock_event_append_only
    before update or delete on appeal_clock_event
    for each row execute function appeal_clock_event_append_only();
