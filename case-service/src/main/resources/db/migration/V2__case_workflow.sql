-- The case workflow: facts of each step on the case file, the draft reply, consultations, the audit trail and the
-- idempotency keys of workflow requests.

alter table case_file
    add column applicant_name                 text,
    add column information_title              text,
    add column department                     text,
    add column assigned_officer               text,
    add column correction_items               text,
    add column correction_period_working_days integer,
    add column correction_notice_date         date,
    add column corrected_received_date        date,
    add column extended_working_days          integer,
    add column extension_reason               text,
    add column extension_approved_by          text,
    add column fee_id                         text,
    add column fee_mode                       text,
    add column fee_units                      integer,
    add column fee_amount                     numeric(12, 2),
    add column fee_notice_date                date,
    add column fee_paid_on                    date,
    add column reply_type                     text,
    add column replied_on                     date,
    add column reply_delivery_method          text,
    add column delivery_method                text,
    add column delivered_on                   date,
    add column delivery_proof                 text,
    add column updated_at                     timestamptz;

create index case_file_agency_officer on case_file (agency, assigned_officer, state);

create table case_draft (
    tracking_number            text primary key references case_file (tracking_number),
    reply_type                 text        not null,
    already_published          boolean     not null,
    publication_location       text,
    withheld_ground            text,
    legal_basis                text        not null,
    reasons                    text,
    not_this_agency            boolean     not null,
    responsible_agency         text,
    responsible_agency_contact text,
    responsible_agency_unknown boolean     not null,
    reconsideration_body       text,
    letter_text                text        not null,
    letter_date                date        not null,
    updated_by                 text        not null,
    updated_at                 timestamptz not null,
    approved_by                text,
    approved_at                timestamptz,
    letter_sha256              text
);

create table case_consultation (
    id                 text primary key,
    tracking_number    text not null references case_file (tracking_number),
    kind               text not null,
    party              text not null,
    letter_sent_on     date not null,
    letter_received_on date,
    outcome            text,
    grounds            text,
    answered_on        date,
    started_by         text not null,
    answered_by        text
);

create index case_consultation_case on case_consultation (tracking_number);

create table case_audit (
    id              bigint generated always as identity primary key,
    tracking_number text        not null,
    agency          text        not null,
    action          text        not null,
    from_state      text        not null,
    to_state        text        not null,
    user_id         text        not null,
    user_name       text,
    role            text        not null,
    reason          text,
    comment         text,
    occurred_at     timestamptz not null
);

create index case_audit_case on case_audit (tracking_number, id);

-- The audit trail is append-only: the database itself refuses to change or remove a row.
create function case_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_audit is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger case_audit_no_update_or_delete
    before update or delete on case_audit
    for each row execute function case_audit_append_only();

create trigger case_audit_no_truncate
    before truncate on case_audit
    for each statement execute function case_audit_append_only();

-- A workflow request sent again with the same Idempotency-Key takes effect once.
create table case_command (
    tracking_number text        not null,
    idempotency_key text        not null,
    action          text        not null,
    user_id         text        not null,
    recorded_at     timestamptz not null,
    primary key (tracking_number, idempotency_key)
);
