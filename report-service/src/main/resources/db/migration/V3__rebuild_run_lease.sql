-- The instance running a rebuild holds it by a lease: it records itself as owner and renews heartbeat_at while it
-- runs. A RUNNING run is taken as dead only once its lease (ogi.report.rebuild-lease) has expired, so restarting one
-- instance leaves another's rebuild alone. Runs from before this column have no heartbeat: their start counts.
alter table rebuild_run add column owner text;
alter table rebuild_run add column heartbeat_at timestamptz;
