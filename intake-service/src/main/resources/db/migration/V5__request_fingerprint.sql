-- A retried web submission must be the same request: a key reused for a different body is refused, not replayed.
-- Requests stored before this column have no fingerprint and are replayed as before.
alter table information_request add column request_fingerprint text;
