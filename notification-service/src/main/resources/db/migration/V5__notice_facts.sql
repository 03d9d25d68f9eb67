-- A notice is rendered when it is sent, for the channel actually used (a channel switch re-renders it): the row keeps
-- the notice's facts, whom it addresses and the agency's name. Rows written before this migration have no facts and
-- are sent with the subject, body and SMS text stored on them.
alter table notification
    add column facts        jsonb,
    add column addressee    text,
    add column agency_name  text,
    -- An SMS is SENT when the provider accepts it and delivered when its delivery report says so (the report's time).
    add column delivered_at timestamptz;

-- Delivery reports name the message by its id.
create index notification_message on notification (message_id);

-- The kind of each appeal seen on ogi.appeals, so that the notice of a case reopened after it cites the right law.
create table appeal_kind (
    appeal_number text primary key,
    kind          text not null
);
