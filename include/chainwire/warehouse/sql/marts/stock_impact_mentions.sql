-- marts.stock_impact_mentions: Companies named by the AI stock-impact widget per publication day and direction.
-- column date: Publication day (Asia/Seoul).
-- column company: Company as printed by the widget.
-- column sector: GICS sector as printed.
-- column direction: positive or negative.
-- column articles: Articles whose widget named the company.
-- column unique_stories: Distinct stories among them.
-- incremental: day
-- partition: date
SELECT
    a.published_date AS date,
    s.company,
    any_value(s.sector) AS sector,
    s.direction,
    count(DISTINCT a.article_id) AS articles,
    count(DISTINCT a.cluster_id) AS unique_stories
FROM marts.stg_articles AS a
JOIN core.stock_impacts AS s USING (article_id)
GROUP BY a.published_date, s.company, s.direction
ORDER BY date, articles DESC, company
