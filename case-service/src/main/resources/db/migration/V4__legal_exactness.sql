-- Issue 10: the facts the law asks the workflow to record (Arts. 32-35, 41, the fee measures, withdrawal).

alter table case_file
    add column agency_name                 text,
    add column request_kind                text not null default 'INFORMATION',
    add column applicant_user_id           text,
    add column applicant_requests_in_month integer,
    add column record_to_correct           text,
    add column record_correction_asked     text,
    add column record_correction_evidence  text,
    add column extension_told_on           date,
    add column fee_notice_received_on      date,
    add column reasons_requested_on        date,
    add column reasons_volume_observed     text,
    add column reasons_outcome             text,
    add column reasons_received_on         date,
    add column reasons_assessment          text,
    add column reasons_reply_due           date,
    add column reasons_set_by              text,
    add column reasons_told_on             date,
    add column correction_outcome          text,
    add column correction_check_findings   text,
    add column correction_competent_agency text,
    add column correction_agency_contact   text,
    add column correction_reasons          text,
    add column correction_letter_text      text,
    add column withdrawn_on                date,
    add column withdrawal_reason           text,
    add column withdrawn_by_applicant      boolean;

create index case_file_applicant on case_file (applicant_user_id);

-- The letter as sent: dated the day of the reply, with that day's remedies (the approved text stays frozen).
alter table case_draft
    add column repeat_of               text,
    add column special_law             text,
    add column public_interest_reasons text,
    add column sent_letter_text        text,
    add column sent_letter_sha256      text;

alter table case_consultation
    add column third_party_notified_on     date,
    add column third_party_notice_info     text,
    add column third_party_notice_reasons  text;
