-- The reconsideration body's extension of its decision period (ARL 2023 Art. 62 ¶1, ARL 2017 Art. 31): once, at most
-- 30 days.
alter table appeal
    add column decision_period_extension_days integer check (decision_period_extension_days between 1 and 30),
    add column decision_period_extended_on    date;

-- For the letters: the agency's name as intake's directory gave it on the request (RequestReceived.agencyName), and
-- the reply's table 三 label (CaseEvents.Replied.replyTypeLabel).
alter table appealable_case
    add column agency_name      text,
    add column reply_type_label text;
