-- The audit's result per council per run: the council's summary.json entry and its evidence (findings, journeys,
-- mobile pages) as the product's JSON. Written once, when the council's last stage finished; writing it again for
-- the same run replaces it, so a resumed run or a recovered job never leaves two. A run resumed after a crash
-- skips the councils that have a row. TEXT is unbounded in both H2 2.x (a CLOB) and PostgreSQL 15+.
CREATE TABLE council_result (
    run_id      VARCHAR(80) NOT NULL REFERENCES audit_run (id),
    council_id  VARCHAR(80) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE NOT NULL,
    summary     TEXT        NOT NULL,
    detail      TEXT        NOT NULL,
    PRIMARY KEY (run_id, council_id)
);

CREATE INDEX council_result_council ON council_result (council_id, finished_at);
