-- panels' read model: meetings, the cases on their agendas with what each decided, and the levels a panel
-- moderated. Plain projections, inlined by PostgreSQL.

CREATE VIEW panels_meeting_v AS
SELECT id, meeting_date, chair, quorum, status, started_at, closed_at
  FROM panel_meeting;

-- One row per case on a meeting's agenda; outcome is null until the panel decides (DEFER when it deferred).
CREATE VIEW panels_agenda_v AS
SELECT id, meeting_id, case_id, case_reference, setting_id, position, outcome, band, annual_amount,
       override, needs_approval, case_state_after, decided_by, decided_at, open_meeting
  FROM panel_agenda_item;

-- A domain level the panel changed for a case on its agenda.
CREATE VIEW panels_moderated_level_v AS
SELECT agenda_item_id, domain_code, original_level, moderated_level, moderated_by, moderated_at
  FROM panel_moderation;
