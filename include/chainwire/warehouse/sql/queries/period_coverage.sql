-- Period coverage for any date range: articles and unique stories per dimension and key.
-- Parameters (bound, never formatted in): $date_from, $date_to: first and last publication day (Asia/Seoul), inclusive.
-- unique_stories is count(DISTINCT cluster_id) over the whole range: a story whose copies span
-- several days counts once. Same dimensions and counting as marts.coverage_period (ISO weeks and
-- months); the coverage report runs this for its own period.
-- The distinct counts run over dense integer ranks of article_id and cluster_id (aid, cid; NULL stays NULL),
-- not over the strings: the same counts from smaller hash tables (the query's high-water on the 100k-article day
-- 0.46 -> 0.37-0.41 GB; docs/performance.md, "The report's peak and the heap after the load").
WITH a AS MATERIALIZED (
    SELECT article_id, published_date, cluster_id, outlet,
           CASE WHEN article_id IS NOT NULL THEN dense_rank() OVER (ORDER BY article_id) END AS aid,
           CASE WHEN cluster_id IS NOT NULL THEN dense_rank() OVER (ORDER BY cluster_id) END AS cid
    FROM marts.stg_articles
    WHERE published_date BETWEEN $date_from AND $date_to
), keyed AS (
    SELECT a.aid, a.published_date, a.cid, 'all' AS dimension, '*' AS key, '' AS key2
    FROM a
    UNION ALL
    SELECT a.aid, a.published_date, a.cid, 'topic', coalesce(t.topic, '(unknown)'), ''
    FROM a JOIN core.article_topics AS t USING (article_id)
    UNION ALL
    SELECT a.aid, a.published_date, a.cid, 'country', coalesce(c.iso2, '(unknown)'), ''
    FROM a JOIN core.article_countries AS c USING (article_id)
    UNION ALL
    SELECT a.aid, a.published_date, a.cid, 'topic_country', coalesce(t.topic, '(unknown)'),
           coalesce(c.iso2, '(unknown)')
    FROM a
    JOIN core.article_topics AS t USING (article_id)
    JOIN core.article_countries AS c USING (article_id)
    UNION ALL
    SELECT a.aid, a.published_date, a.cid, 'outlet', coalesce(a.outlet, '(unknown)'), ''
    FROM a
    UNION ALL
    SELECT a.aid, a.published_date, a.cid, 'actor', coalesce(x.actor_id, '(unknown)'), ''
    FROM a JOIN core.article_actors AS x USING (article_id)
    UNION ALL
    SELECT a.aid, a.published_date, a.cid, 'company', coalesce(c.company_id, '(unknown)'), ''
    FROM a JOIN core.article_companies AS c USING (article_id)
    UNION ALL
    SELECT a.aid, a.published_date, a.cid, 'stock_impact', coalesce(s.company, '(unknown)'),
           coalesce(s.direction, 'unknown')
    FROM a JOIN core.stock_impacts AS s USING (article_id)
)
SELECT
    dimension,
    key,
    key2,
    count(DISTINCT aid) AS articles,
    count(DISTINCT cid) AS unique_stories,
    count(DISTINCT published_date) AS days_with_articles
FROM keyed
GROUP BY dimension, key, key2
ORDER BY dimension, articles DESC, key, key2
