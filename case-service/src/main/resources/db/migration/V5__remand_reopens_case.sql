-- Issue 13 item 7: an appeal's decision ordering a new reply reopens the case; the first reply stays on record.

-- The appeal whose decision set the new reply's due date (REMAND_REPLY:<appeal> from deadline-service).
alter table case_file
    add column remand_appeal text;

-- The appeals brought against the case, as appeals-service announced them.
create table case_appeal (
    id              bigint generated always as identity primary key,
    tracking_number text    not null references case_file (tracking_number),
    appeal_number   text    not null,
    kind            text    not null,
    filed_on        date,
    outcome         text,
    decided_on      date,
    document_number text,
    reopened        boolean not null default false,
    unique (tracking_number, appeal_number)
);

-- A reply superseded by a decision ordering a new one: its facts and letters as approved and as sent.
create table case_earlier_reply (
    id                    bigint generated always as identity primary key,
    tracking_number       text        not null references case_file (tracking_number),
    reopened_by_appeal    text        not null,
    reply_type            text,
    legal_basis           text,
    reasons               text,
    replied_on            date,
    reply_delivery_method text,
    delivered_on          date,
    delivery_proof        text,
    letter_text           text,
    letter_date           date,
    letter_sha256         text,
    approved_by           text,
    approved_at           timestamp with time zone,
    sent_letter_text      text,
    sent_letter_sha256    text,
    recorded_at           timestamp with time zone not null
);

create index case_earlier_reply_case on case_earlier_reply (tracking_number, id);

-- The earlier replies are kept as they were: the audit trail's guard, now naming its table, refuses changes.
create or replace function case_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger case_earlier_reply_no_update_or_delete
    before update or delete on case_earlier_reply
    for each row execute function case_audit_append_only();

-- An approved letter stays frozen, unless a reopening released it after keeping it, text and hash, on record.
create or replace function case_draft_frozen_once_approved() returns trigger language plpgsql as $$
begin
    if old.letter_sha256 is not null and (new.letter_text is distinct from old.letter_text
            or new.letter_sha256 is distinct from old.letter_sha256
            or new.reply_type is distinct from old.reply_type)
            and not (new.letter_sha256 is null and new.letter_text is not distinct from old.letter_text
                and exists (select 1 from case_earlier_reply e where e.tracking_number = old.tracking_number
                    and e.letter_sha256 = old.letter_sha256 and e.letter_text = old.letter_text)) then
        raise exception 'the approved reply letter of % is frozen', old.tracking_number
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;
