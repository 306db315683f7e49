-- The crawl stage: one row per council per run for the crawl's state and summary, one row per URL met (the
-- frontier, the seen-set and the per-page record in one), and the sample chosen for the browser stage.
-- Portable between H2 2.x and PostgreSQL 15+.
CREATE TABLE crawl_council (
    run_id      VARCHAR(80) NOT NULL REFERENCES audit_run (id),
    council_id  VARCHAR(80) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    summary     VARCHAR,
    PRIMARY KEY (run_id, council_id)
);

-- A URL's key is the first 16 bytes of the SHA-256 of its normalised form, in hex: URLs can be 2,048 characters,
-- too long for a comfortable index. seq is the order of discovery, given by the crawl (one owner per council).
CREATE TABLE crawl_url (
    run_id            VARCHAR(80)   NOT NULL,
    council_id        VARCHAR(80)   NOT NULL,
    url_key           CHAR(32)      NOT NULL,
    seq               BIGINT        NOT NULL,
    url               VARCHAR(4096) NOT NULL,
    depth             INTEGER       NOT NULL,
    source            VARCHAR(12)   NOT NULL,
    state             VARCHAR(12)   NOT NULL,
    reason            VARCHAR(200)  NOT NULL,
    in_links          INTEGER       NOT NULL,
    referrers         VARCHAR(8192) NOT NULL,
    attempts          INTEGER       NOT NULL,
    final_url         VARCHAR(4096),
    status            INTEGER,
    content_type      VARCHAR(200),
    format            VARCHAR(8),
    bytes             BIGINT,
    truncated         BOOLEAN,
    response_ms       BIGINT,
    title             VARCHAR(1000),
    lang              VARCHAR(64),
    canonical         VARCHAR(4096),
    outlinks          INTEGER,
    outlinks_external INTEGER,
    twin_url          VARCHAR(4096),
    twin_key          CHAR(32),
    twin_method       VARCHAR(20),
    error_kind        VARCHAR(32),
    error_detail      VARCHAR(1000),
    fetched_at        TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (run_id, council_id, url_key)
);

-- The frontier's order: first in, first out, which is breadth first (a re-queued URL goes to the back).
CREATE INDEX crawl_url_queue ON crawl_url (run_id, council_id, state, seq);

CREATE TABLE crawl_sample (
    run_id     VARCHAR(80)   NOT NULL,
    council_id VARCHAR(80)   NOT NULL,
    ordinal    INTEGER       NOT NULL,
    url        VARCHAR(4096) NOT NULL,
    reasons    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, council_id, ordinal)
);
