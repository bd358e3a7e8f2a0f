-- marts.coverage_daily: Coverage per publication day and topic: raw articles and unique stories side by side.
-- column date: Publication day (Asia/Seoul).
-- column topic: Taxonomy topic.
-- column articles: Articles tagged with the topic (every copy counted).
-- column unique_stories: Distinct stories tagged with the topic (copies counted once).
-- column share_of_all_articles: articles / all articles published that day.
-- column share_of_unique_stories: unique_stories / all unique stories that day.
-- incremental: day
-- partition: date
WITH day_totals AS (
    SELECT published_date, count(*) AS all_articles, count(DISTINCT cluster_id) AS all_stories
    FROM marts.stg_articles
    GROUP BY published_date
)
SELECT
    a.published_date AS date,
    t.topic,
    count(DISTINCT a.article_id) AS articles,
    count(DISTINCT a.cluster_id) AS unique_stories,
    round(count(DISTINCT a.article_id) / any_value(d.all_articles), 4) AS share_of_all_articles,
    round(count(DISTINCT a.cluster_id) / any_value(d.all_stories), 4) AS share_of_unique_stories
FROM marts.stg_articles AS a
JOIN core.article_topics AS t USING (article_id)
JOIN day_totals AS d USING (published_date)
GROUP BY a.published_date, t.topic
ORDER BY date, articles DESC, topic
