-- Art. 41 requests to correct the applicant's own records are a kind of their own, with the record, the correction
-- asked for and the evidence. Requests stored before are requests for information.
alter table information_request add column request_kind text not null default 'INFORMATION';
alter table information_request add column record_to_correct text;
alter table information_request add column correction_sought text;
alter table information_request add column correction_evidence text[];
-- The fee measures count an applicant's requests in a calendar month (Art. 4): by agency, received date and applicant.
create index information_request_month_identity on information_request (agency, identity_key, received_date)
    where identity_key is not null;
create index information_request_month_name_phone on information_request (agency, name_phone_key, received_date)
    where name_phone_key is not null;
