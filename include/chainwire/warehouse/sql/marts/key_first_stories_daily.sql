-- marts.key_first_stories_daily: Building block of marts.coverage_period: one row per publication day, dimension and key, with how many of that day's stories carry the key for the first time in the day's ISO week and in its calendar month. Summed over a period they give its distinct stories without reading the period's story rows.
-- column date: Publication day (Asia/Seoul).
-- column dimension: What the row counts: all (every article), topic, country, topic_country, outlet, actor, company or stock_impact.
-- column key: The dimension's value: '*' for all, topic id, ISO alpha-2 code, outlet, actor id, company id, or the widget's company name; '(unknown)' when the tag has none.
-- column key2: Second key of a pair: the country (topic_country) or the direction (stock_impact); '' for single-key dimensions.
-- column first_in_week: Stories (cluster_id) with a copy carrying the key that day and none earlier in the same ISO week (Monday to Sunday).
-- column first_in_month: Stories with a copy carrying the key that day and none earlier in the same calendar month.
-- incremental: period_day
-- partition: date
WITH story_days AS (
    -- the story's previous day with the key, if any: is this day its first in the week, in the month?
    SELECT date, dimension, key, key2,
           lag(date) OVER (PARTITION BY dimension, key, key2, cluster_id ORDER BY date) AS previous
    FROM marts.stories_by_key_daily
)
SELECT
    date,
    dimension,
    key,
    key2,
    count(*) FILTER (WHERE previous IS NULL OR date_trunc('week', previous) <> date_trunc('week', date)) AS first_in_week,
    count(*) FILTER (WHERE previous IS NULL OR date_trunc('month', previous) <> date_trunc('month', date)) AS first_in_month
FROM story_days
GROUP BY date, dimension, key, key2
ORDER BY date, dimension, key, key2
