-- Reading a council's crawl in sequence order (its summary, CSV and sample) pages through every row by seq. Without
-- an index that starts (run_id, council_id, seq), each page of 1,000 rows sorted every later row first: at 50,000
-- URLs the crawl's finish took minutes.
CREATE INDEX crawl_url_seq ON crawl_url (run_id, council_id, seq);
