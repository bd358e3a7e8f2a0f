-- marts.topic_country_matrix: Co-mentions of topic and country per publication day.
-- column date: Publication day (Asia/Seoul).
-- column topic: Taxonomy topic.
-- column iso2: Country code.
-- column articles: Articles tagged with both.
-- column unique_stories: Distinct stories tagged with both.
-- incremental: day
-- partition: date
SELECT
    a.published_date AS date,
    t.topic,
    c.iso2,
    count(DISTINCT a.article_id) AS articles,
    count(DISTINCT a.cluster_id) AS unique_stories
FROM marts.stg_articles AS a
JOIN core.article_topics AS t USING (article_id)
JOIN core.article_countries AS c USING (article_id)
GROUP BY a.published_date, t.topic, c.iso2
ORDER BY date, articles DESC, topic, iso2
