create table note (
    id      bigint generated always as identity primary key,
    subject text not null,
    text    text not null
);

create table applied_note_event (
    subject text    not null primary key,
    applied integer not null
);
