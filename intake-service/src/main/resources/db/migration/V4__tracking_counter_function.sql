-- The counter upsert as a function, so the service calls it from HQL: Hibernate 7.2 caches HQL plans per query string
-- but adds a new plan-cache entry for every run of a native select, all in one hash bucket that lookups then scan.
create function next_tracking_numbers(p_agency text, p_year integer, p_count bigint) returns bigint
    language sql volatile as
$$
insert into tracking_counter (agency, year, last_value)
values (p_agency, p_year, p_count)
on conflict (agency, year) do update set last_value = tracking_counter.last_value + excluded.last_value
returning last_value
$$;
