-- Flags and missing contents are names of RequestFlag and MissingContent, written by intake alone and read back
-- whole (never searched element by element, so text[] needs no index or join table). What text[] left open is the
-- values: any text, or a NULL element, would be stored, and reading it back (MissingContent.valueOf on the receipt)
-- would fail. The names are checked here; a new enum constant needs a migration that widens its check
-- (FlagColumnsTest fails until it does).
alter table information_request
    add constraint information_request_flags_known
        check (flags <@ array['INCOMPLETE', 'INVALID_ID_AS_WRITTEN', 'POSSIBLE_REPEAT']::text[]),
    add constraint information_request_missing_contents_known
        check (missing_contents <@ array['NAME', 'IDENTITY_PROOF', 'CONTACT', 'INFORMATION_DESCRIPTION',
                                         'FORM_AND_DELIVERY']::text[]);
