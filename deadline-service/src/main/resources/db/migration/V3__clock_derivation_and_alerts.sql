-- Each clock event keeps its facts; rows from V1 are RECEIVED events whose only fact is occurred_on.
alter table clock_event add column payload text;

-- deadline_clock.clock is the clock id (kind, or kind:consultation/fee id); state OPEN clocks are alerted.
alter table deadline_clock
    add column kind   text,
    add column state  text not null default 'OPEN',
    add column met_on date;
update deadline_clock set kind = clock;
alter table deadline_clock alter column kind set not null;

create index deadline_clock_open_due on deadline_clock (due_date) where state = 'OPEN';
drop index deadline_clock_agency_due;
create index deadline_clock_agency_open_due on deadline_clock (agency, due_date) where state = 'OPEN';

-- One row per alert sent; the key makes each alert go out once per clock and due date, whichever instance
-- sweeps, because it is inserted in the same transaction as the outbox row.
create table deadline_alert (
    tracking_number text        not null,
    clock           text        not null,
    due_date        date        not null,
    alert           text        not null,
    agency          text        not null,
    sent_at         timestamptz not null,
    primary key (tracking_number, clock, due_date, alert)
);
