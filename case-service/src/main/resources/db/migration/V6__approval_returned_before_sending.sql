-- An approved letter that was never sent may be returned from approval (CaseWorkflow: APPROVED -> DRAFTING): the
-- return releases it, text unchanged, to be drafted and approved again. A sent letter is still released only by a
-- reopening that kept it on record (V5).
create or replace function case_draft_frozen_once_approved() returns trigger language plpgsql as $$
begin
    if old.letter_sha256 is not null and (new.letter_text is distinct from old.letter_text
            or new.letter_sha256 is distinct from old.letter_sha256
            or new.reply_type is distinct from old.reply_type)
            and not (new.letter_sha256 is null and new.letter_text is not distinct from old.letter_text
                and (old.sent_letter_sha256 is null and new.approved_by is null
                    and new.reply_type is not distinct from old.reply_type
                    or exists (select 1 from case_earlier_reply e where e.tracking_number = old.tracking_number
                        and e.letter_sha256 = old.letter_sha256 and e.letter_text = old.letter_text))) then
        raise exception 'the approved reply letter of % is frozen', old.tracking_number
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;
