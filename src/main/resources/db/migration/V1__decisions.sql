-- Decisions are evidence: rows are inserted, never updated or deleted (the application has no path to do either).

-- Every ruleset version that has decided anything, with its full text, stored once.
CREATE TABLE ruleset_version (
    hash            VARCHAR(80)  NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    effective_from  DATE         NOT NULL,
    effective_to    DATE,
    files           TEXT         NOT NULL, -- JSON object: relative path -> file text
    first_used_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE decision (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    seq                  BIGINT       NOT NULL UNIQUE,  -- position in the tamper-evident chain
    kind                 VARCHAR(30)  NOT NULL,
    person_ref           VARCHAR(64)  NOT NULL,
    assessment_date      DATE,
    regime               VARCHAR(40),
    outcome              VARCHAR(60)  NOT NULL,
    client_group         VARCHAR(40),
    ruleset_hash         VARCHAR(80)  REFERENCES ruleset_version (hash),
    related_decision_id  VARCHAR(36)  REFERENCES decision (id),
    supersedes           VARCHAR(36)  REFERENCES decision (id),
    input                TEXT         NOT NULL,  -- the request as received (canonical JSON)
    output               TEXT         NOT NULL,  -- what was decided (canonical JSON)
    reasons              TEXT         NOT NULL,
    fired_rules          TEXT         NOT NULL,
    decided_by           VARCHAR(100) NOT NULL,
    decided_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    previous_hash        VARCHAR(80)  NOT NULL,
    record_hash          VARCHAR(80)  NOT NULL
);

CREATE INDEX decision_kind_decided ON decision (kind, decided_at);
CREATE INDEX decision_person ON decision (person_ref);
CREATE INDEX decision_assessment ON decision (assessment_date);
CREATE INDEX decision_related ON decision (related_decision_id);
-- A decision is superseded at most once: a correction corrects the latest decision.
CREATE UNIQUE INDEX decision_supersedes ON decision (supersedes);

-- The head of the chain: one row, locked while a decision is appended so that appends are serialised
-- across threads and across service instances sharing one database.
CREATE TABLE chain_head (
    id           INT         NOT NULL PRIMARY KEY,
    seq          BIGINT      NOT NULL,
    record_hash  VARCHAR(80) NOT NULL
);
INSERT INTO chain_head (id, seq, record_hash) VALUES (1, 0, 'sha256:genesis');
