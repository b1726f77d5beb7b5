-- Several pollers share the due sources: a poller leases a source (FOR UPDATE SKIP LOCKED on the
-- due rows, then these columns) before it polls it, and releases it when the poll is recorded.
-- A lease past lease_expires_at is free again, so a crashed poller's sources are taken over.
ALTER TABLE sources ADD COLUMN lease_owner TEXT;
ALTER TABLE sources ADD COLUMN lease_expires_at TEXT;
CREATE INDEX sources_by_next_poll ON sources (next_poll_at) WHERE active = 1;
