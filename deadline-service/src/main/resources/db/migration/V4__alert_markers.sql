-- Which alerts a clock's current due date already had, so the sweep reads only clocks still to alert instead of
-- every overdue clock again; reset when the due date moves. deadline_alert's key still decides exactly-once.
alter table deadline_clock
    add column approaching_alerted boolean not null default false,
    add column breached_alerted    boolean not null default false;

update deadline_clock c set approaching_alerted = true
where exists (select 1 from deadline_alert a where a.tracking_number = c.tracking_number and a.clock = c.clock
              and a.due_date = c.due_date and a.alert = 'APPROACHING');
update deadline_clock c set breached_alerted = true
where exists (select 1 from deadline_alert a where a.tracking_number = c.tracking_number and a.clock = c.clock
              and a.due_date = c.due_date and a.alert = 'BREACHED');

create index deadline_clock_to_approach on deadline_clock (due_date) where state = 'OPEN' and not approaching_alerted;
create index deadline_clock_to_breach on deadline_clock (due_date) where state = 'OPEN' and not breached_alerted;
-- The sweep no longer reads all open clocks by due date.
drop index deadline_clock_open_due;
