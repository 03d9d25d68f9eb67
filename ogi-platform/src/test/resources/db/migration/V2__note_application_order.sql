-- The order in which the test consumer applied events, per Kafka key (the event's subject).
create table applied_note_order (
    id      bigint generated always as identity primary key,
    key     text not null,
    subject text not null
);
