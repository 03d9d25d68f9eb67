-- The agencies requests can be made to: web applicants choose one of them, receipts print their names. Each
-- agency's OGI administrator enters its own; the code is the agency claim of its staff's tokens.
create table agency (
    code       text        primary key,
    name       text        not null,
    updated_at timestamptz not null,
    updated_by text        not null
);
