-- Channels with their Art. 31 facts, Art. 29 completeness, repeat detection and web idempotency.
alter table information_request
    add column postage                text,
    add column signed_for_on          date,
    add column postmarked_on          date,
    add column applicant_confirmed_at timestamptz,
    add column confirmed_on           date,
    add column confirmed_by           text,
    add column legal_representative   text,
    add column contact_person         text,
    add column missing_contents       text[] not null default '{}',
    add column flags                  text[] not null default '{}',
    add column possible_repeat_of     text[] not null default '{}',
    add column identity_key           text,
    add column name_phone_key         text,
    add column idempotency_key        text;

-- A retried web submission can never create a second request, whatever the timing of the two attempts.
alter table information_request
    add constraint information_request_idempotency unique (applicant_user_id, idempotency_key);

create index information_request_identity on information_request (agency, identity_key, registered_at)
    where identity_key is not null;
create index information_request_name_phone on information_request (agency, name_phone_key, registered_at)
    where name_phone_key is not null;
create index information_request_applicant_user on information_request (applicant_user_id)
    where applicant_user_id is not null;

-- Scans, fax images and copies of identity documents, kept with the request in the same database.
create table request_attachment (
    id          bigint generated always as identity primary key,
    request_id  bigint      not null references information_request (id),
    file_name   text,
    media_type  text        not null,
    size_bytes  integer     not null,
    sha256      text        not null,
    content     bytea       not null,
    uploaded_at timestamptz not null,
    uploaded_by text        not null
);

create index request_attachment_request on request_attachment (request_id);
