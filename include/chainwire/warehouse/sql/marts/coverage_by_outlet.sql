-- marts.coverage_by_outlet: Articles and unique stories per publication day and outlet, with supply-chain share.
-- column date: Publication day (Asia/Seoul).
-- column outlet: Publisher.
-- column articles: Articles published.
-- column unique_stories: Distinct stories among them.
-- column supply_chain_articles: Articles tagged with at least one taxonomy topic.
-- column canonical_articles: Articles that are the canonical copy of their story.
-- incremental: day
-- partition: date
SELECT
    a.published_date AS date,
    a.outlet,
    count(*) AS articles,
    count(DISTINCT a.cluster_id) AS unique_stories,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM core.article_topics t WHERE t.article_id = a.article_id)) AS supply_chain_articles,
    count(*) FILTER (WHERE a.is_canonical) AS canonical_articles
FROM marts.stg_articles AS a
GROUP BY a.published_date, a.outlet
ORDER BY date, articles DESC, outlet
