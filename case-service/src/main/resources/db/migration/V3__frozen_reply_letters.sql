-- An approved reply letter is frozen: its text and recorded hash never change again.
create function case_draft_frozen_once_approved() returns trigger language plpgsql as $$
begin
    if old.letter_sha256 is not null and (new.letter_text is distinct from old.letter_text
            or new.letter_sha256 is distinct from old.letter_sha256
            or new.reply_type is distinct from old.reply_type) then
        raise exception 'the approved reply letter of % is frozen', old.tracking_number
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger case_draft_frozen
    before update on case_draft
    for each row execute function case_draft_frozen_once_approved();
