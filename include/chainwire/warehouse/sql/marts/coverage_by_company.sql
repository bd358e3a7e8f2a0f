-- marts.coverage_by_company: Coverage per publication day and company (body mentions and the stock widget).
-- column date: Publication day (Asia/Seoul).
-- column company_id: Company id.
-- column name: Company name.
-- column ticker: Exchange ticker when known.
-- column articles: Articles naming the company.
-- column unique_stories: Distinct stories naming the company.
-- column mentions: Total mentions.
-- incremental: day
-- partition: date
SELECT
    a.published_date AS date,
    c.company_id,
    any_value(c.name) AS name,
    any_value(c.ticker) AS ticker,
    count(DISTINCT a.article_id) AS articles,
    count(DISTINCT a.cluster_id) AS unique_stories,
    sum(c.mentions) AS mentions
FROM marts.stg_articles AS a
JOIN core.article_companies AS c USING (article_id)
GROUP BY a.published_date, c.company_id
ORDER BY date, articles DESC, company_id
