-- What appeals-service knows of a case (issue 13 item 1), filled from ogi.requests, ogi.cases and ogi.deadlines in
-- whatever order they arrive.
alter table appealable_case alter column received_date drop not null;
alter table appealable_case
    add column applicant_name      text,
    add column reply_type          text,
    add column reply_outcome_group text,
    add column replied_on          date,
    add column delivered_on        date,
    add column reply_due_date      date,
    add column remedies_told       boolean;

-- The first table linked one appeal to one case and never held data (nothing could be filed).
drop table appeal;

create sequence appeal_number_seq;

create table appeal (
    appeal_number            text        primary key,
    agency                   text        not null,
    kind                     text        not null,
    non_performance          boolean     not null,
    follows_appeal           text        references appeal (appeal_number),
    appellant                text        not null,
    forum                    text        not null,
    forum_file_number        text,
    procedure                text        not null,
    filed_on                 date        not null,
    copy_received_on         date        not null,
    accepted_on              date,
    knew_on                  date,
    act_on                   date,
    reply_due_date           date,
    remedies_told            boolean,
    status                   text        not null,
    answer_drafter           text,
    answer_text              text,
    answer_evidence          text,
    answer_submitted_on      date,
    outcome                  text,
    report_column            text,
    decision_form            text,
    decided_on               date,
    served_on                date,
    document_number          text,
    reply_again              boolean,
    reply_again_by           date,
    reply_again_working_days integer,
    withdrawn_on             date,
    filing_rule              text,
    filing_last_day          date,
    filing_in_time           boolean,
    filing_flags             text,
    filing_explanation       text,
    version                  integer     not null,
    created_at               timestamptz not null
);

create index appeal_by_agency on appeal (agency, filed_on);

create table appeal_case (
    appeal_number   text not null references appeal (appeal_number),
    tracking_number text not null references appealable_case (tracking_number),
    primary key (appeal_number, tracking_number)
);

create index appeal_case_by_case on appeal_case (tracking_number);

-- Append-only, like the case audit.
create table appeal_history (
    id            bigserial   primary key,
    appeal_number text        not null references appeal (appeal_number),
    at            timestamptz not null,
    actor         text        not null,
    action        text        not null,
    detail        text        not null
);

create index appeal_history_by_appeal on appeal_history (appeal_number, id);

-- The appeal's clocks as deadline-service publishes them; duty tells the agency's own from expected dates.
create table appeal_deadline (
    appeal_number text    not null references appeal (appeal_number),
    clock         text    not null,
    start_date    date,
    due_date      date    not null,
    basis         text,
    duty          boolean not null,
    approaching   boolean not null default false,
    breached      boolean not null default false,
    primary key (appeal_number, clock)
);
