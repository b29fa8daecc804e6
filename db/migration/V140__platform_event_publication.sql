-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.1, schemas/v2/schema-postgresql.sql).
-- One row per event and transactional listener of another module, written in the publishing transaction;
-- the row is deleted once its listener has completed (spring.modulith.events.completion-mode=delete), so
-- what remains is only what has not yet been delivered: a failed listener's event waits here to be retried.
CREATE TABLE event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
