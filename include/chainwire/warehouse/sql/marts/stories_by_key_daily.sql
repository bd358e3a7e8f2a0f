-- marts.stories_by_key_daily: Building block of marts.key_stories_daily and marts.key_first_stories_daily (and through them of marts.coverage_period and marts.digest_movers): one row per publication day, dimension, key and story cluster, with the articles of that story carrying the key that day. Distinct stories over any period are count(DISTINCT cluster_id) over its rows, without re-joining the tags.
-- column date: Publication day (Asia/Seoul).
-- column dimension: What the row counts: all (every article), topic, country, topic_country, outlet, actor, company or stock_impact.
-- column key: The dimension's value: '*' for all, topic id, ISO alpha-2 code, outlet, actor id, company id, or the widget's company name; '(unknown)' when the tag has none.
-- column key2: Second key of a pair: the country (topic_country) or the direction (stock_impact); '' for single-key dimensions.
-- column cluster_id: Story cluster (dedup).
-- column articles: Articles of the story published that day with this key (every copy counted).
-- incremental: day_story
-- partition: date
WITH keyed AS (
    SELECT a.article_id, a.published_date, a.cluster_id, 'all' AS dimension, '*' AS key, '' AS key2
    FROM marts.stg_articles AS a
    UNION ALL
    SELECT a.article_id, a.published_date, a.cluster_id, 'topic', coalesce(t.topic, '(unknown)'), ''
    FROM marts.stg_articles AS a JOIN core.article_topics AS t USING (article_id)
    UNION ALL
    SELECT a.article_id, a.published_date, a.cluster_id, 'country', coalesce(c.iso2, '(unknown)'), ''
    FROM marts.stg_articles AS a JOIN core.article_countries AS c USING (article_id)
    UNION ALL
    SELECT a.article_id, a.published_date, a.cluster_id, 'topic_country', coalesce(t.topic, '(unknown)'),
           coalesce(c.iso2, '(unknown)')
    FROM marts.stg_articles AS a
    JOIN core.article_topics AS t USING (article_id)
    JOIN core.article_countries AS c USING (article_id)
    UNION ALL
    SELECT a.article_id, a.published_date, a.cluster_id, 'outlet', coalesce(a.outlet, '(unknown)'), ''
    FROM marts.stg_articles AS a
    UNION ALL
    SELECT a.article_id, a.published_date, a.cluster_id, 'actor', coalesce(x.actor_id, '(unknown)'), ''
    FROM marts.stg_articles AS a JOIN core.article_actors AS x USING (article_id)
    UNION ALL
    SELECT a.article_id, a.published_date, a.cluster_id, 'company', coalesce(c.company_id, '(unknown)'), ''
    FROM marts.stg_articles AS a JOIN core.article_companies AS c USING (article_id)
    UNION ALL
    SELECT a.article_id, a.published_date, a.cluster_id, 'stock_impact', coalesce(s.company, '(unknown)'),
           coalesce(s.direction, 'unknown')
    FROM marts.stg_articles AS a JOIN core.stock_impacts AS s USING (article_id)
)
SELECT
    published_date AS date,
    dimension,
    key,
    key2,
    cluster_id,
    count(DISTINCT article_id) AS articles
FROM keyed
GROUP BY published_date, dimension, key, key2, cluster_id
ORDER BY date, dimension, key, key2, cluster_id
