-- marts.key_stories_daily: Building block of marts.coverage_period and marts.digest_movers: one row per publication day, dimension and key, with that day's articles and distinct stories carrying the key.
-- column date: Publication day (Asia/Seoul).
-- column dimension: What the row counts: all (every article), topic, country, topic_country, outlet, actor, company or stock_impact.
-- column key: The dimension's value: '*' for all, topic id, ISO alpha-2 code, outlet, actor id, company id, or the widget's company name; '(unknown)' when the tag has none.
-- column key2: Second key of a pair: the country (topic_country) or the direction (stock_impact); '' for single-key dimensions.
-- column articles: Articles published that day with this key (every copy counted).
-- column stories: Distinct stories (cluster_id) among those articles.
-- incremental: day
-- partition: date
SELECT date, dimension, key, key2, CAST(sum(articles) AS BIGINT) AS articles, count(*) AS stories
FROM marts.stories_by_key_daily
GROUP BY date, dimension, key, key2
ORDER BY date, dimension, key, key2
