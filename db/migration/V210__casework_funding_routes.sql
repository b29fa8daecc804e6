-- casework: the council's own list of funding routes (for example EHCP top-up, top-up without a plan,
-- early years inclusion, post-16). A request, and the agreement it makes, is funded through one route;
-- imported awards name theirs. A route is never deleted once used, only withdrawn (active = false).
CREATE TABLE casework_funding_route (
    code        VARCHAR(30)   PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL UNIQUE,
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    position    INT           NOT NULL,
    CONSTRAINT casework_funding_route_code_shape CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{0,29}$'),
    CONSTRAINT casework_funding_route_name_present CHECK (length(btrim(name)) > 0)
);
INSERT INTO casework_funding_route (code, name, position) VALUES
    ('EHCP', 'EHCP top-up', 1),
    ('NON-EHCP', 'Top-up without an EHC plan', 2),
    ('EARLY-YEARS', 'Early years inclusion', 3),
    ('POST-16', 'Post-16', 4);

CREATE VIEW casework_funding_route_v AS
SELECT code, name, active, position FROM casework_funding_route;
