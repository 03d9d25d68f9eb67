-- The extension notice needs both case-service's Extended event and deadline-service's recomputed due date, which
-- arrive on different topics in either order: each half is kept here until the other arrives.
alter table case_contact
    add column reply_working_days   integer,
    add column extended_due_date    date,
    add column due_before_extension date;
