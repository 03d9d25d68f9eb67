-- A notification due now wakes the delivery relay on commit (NOTIFY is delivered on commit only) instead of waiting
-- for its next poll.
create function notification_due_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('ogi_notification_due', '');
    return null;
end;
$$;

create trigger notification_due_inserted
    after insert on notification
    for each row when (new.status = 'PENDING') execute function notification_due_notify();
