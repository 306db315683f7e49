-- Runs and the domain check's per-council results. Portable between H2 2.x and PostgreSQL 15+.
CREATE TABLE audit_run (
    id           VARCHAR(80)  PRIMARY KEY,
    kind         VARCHAR(32)  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    status       VARCHAR(16)  NOT NULL,
    tool_version VARCHAR(64)  NOT NULL
);

-- One row per council per run: writing the same council's result for the same run again replaces it.
CREATE TABLE domain_result (
    run_id     VARCHAR(80)   NOT NULL REFERENCES audit_run (id),
    council_id VARCHAR(80)   NOT NULL,
    status     VARCHAR(16)   NOT NULL,
    final_url  VARCHAR(4096) NOT NULL,
    checked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    evidence   VARCHAR       NOT NULL,
    PRIMARY KEY (run_id, council_id)
);

CREATE INDEX domain_result_council ON domain_result (council_id, checked_at);
