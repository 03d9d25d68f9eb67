-- A paper request without the applicant's name is registered and flagged incomplete (Art. 29 ¶2, Art. 30).
alter table information_request alter column applicant_name drop not null;
