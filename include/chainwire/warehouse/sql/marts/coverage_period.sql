-- marts.coverage_period: Articles and unique stories per calendar period (ISO week, calendar month) and dimension; unique stories are count(DISTINCT cluster_id) over the whole period, so a story whose copies span several days counts once.
-- column period: week (ISO week, Monday to Sunday) or month (calendar month), of Asia/Seoul publication days.
-- column period_start: First day of the period.
-- column period_end: Last day of the period (the period may still be running).
-- column dimension: What the row counts: all (every article), topic, country, topic_country, outlet, actor, company or stock_impact.
-- column key: The dimension's value: '*' for all, topic id, ISO alpha-2 code, outlet, actor id, company id, or the widget's company name; '(unknown)' when the tag has none.
-- column key2: Second key of a pair: the country (topic_country) or the direction (stock_impact); '' for single-key dimensions.
-- column articles: Articles published in the period with this key (every copy counted).
-- column unique_stories: Distinct story clusters (cluster_id) among those articles over the whole period (not a sum of daily counts).
-- column days_with_articles: Publication days of the period with at least one such article.
-- Built from marts.key_stories_daily and marts.key_first_stories_daily: a period's distinct stories are the sum of its days' stories seen for the first time in the period, so a build reads one row per day and key, not the period's story rows. Same dimensions and counting as warehouse/sql/queries/period_coverage.sql, which the report runs for any date range.
-- incremental: period
-- partition: period_start
WITH days AS (
    SELECT * FROM marts.key_stories_daily JOIN marts.key_first_stories_daily USING (date, dimension, key, key2)
), periods AS (
    SELECT 'week' AS period, CAST(date_trunc('week', date) AS DATE) AS period_start, dimension, key, key2, articles,
           first_in_week AS first_stories
    FROM days
    UNION ALL
    SELECT 'month', CAST(date_trunc('month', date) AS DATE), dimension, key, key2, articles, first_in_month
    FROM days
)
SELECT
    period,
    period_start,
    CASE period WHEN 'week' THEN period_start + 6
                ELSE CAST(period_start + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) END AS period_end,
    dimension,
    key,
    key2,
    CAST(sum(articles) AS BIGINT) AS articles,
    CAST(sum(first_stories) AS BIGINT) AS unique_stories,
    count(*) AS days_with_articles
FROM periods
GROUP BY period, period_start, dimension, key, key2
ORDER BY period, period_start, dimension, articles DESC, key, key2
