-- Every notification is a row of the delivery queue: PENDING rows due at next_attempt_at are claimed by a relay
-- (for update skip locked), sent, and marked SENT or FAILED in the relay's own transaction.
alter table notification
    add column event_id        text,
    add column audience        text        not null default 'APPLICANT',
    add column recipient_key   text,
    add column recipient_user  text,
    add column recipient_role  text,
    add column message_id      text,
    add column provider_id     text,
    add column failure_reason  text,
    add column attempts        integer     not null default 0,
    add column next_attempt_at timestamptz,
    add column sent_at         timestamptz,
    add column read_at         timestamptz,
    add column letter_text     text,
    add column sms_text        text,
    add column replaces        uuid,
    add column postal_tracking text,
    add column signed_for_on   date;

-- One notification per event, recipient, kind and channel: a redelivered event inserts nothing.
create unique index notification_once on notification (event_id, recipient_key, kind, channel);
create index notification_due on notification (next_attempt_at) where status = 'PENDING';
create index notification_inbox on notification (recipient_user, created_at) where channel = 'PORTAL';

-- What notification-service knows of a case from the events: where the applicant is reached, who works on it.
create table case_contact (
    tracking_number   text primary key,
    agency            text        not null,
    agency_name       text,
    name              text,
    email             text,
    phone             text,
    address           text,
    user_id           text,
    preferred_channel text,
    officer           text,
    reply_due_date    date,
    extension_days    integer,
    extension_reason  text,
    extension_event   text,
    extension_told    boolean     not null default false,
    state             text,
    state_since       timestamptz,
    state_event_id    text
);
