-- marts.coverage_by_country: Coverage per publication day and country (ISO 3166 alpha-2).
-- column date: Publication day (Asia/Seoul).
-- column iso2: ISO 3166-1 alpha-2 code.
-- column articles: Articles mentioning the country.
-- column unique_stories: Distinct stories mentioning the country.
-- column subject_articles: Articles where the country is a subject (title or lead).
-- column mentions: Total mentions.
-- incremental: day
-- partition: date
SELECT
    a.published_date AS date,
    c.iso2,
    count(DISTINCT a.article_id) AS articles,
    count(DISTINCT a.cluster_id) AS unique_stories,
    count(DISTINCT a.article_id) FILTER (WHERE c.role = 'subject') AS subject_articles,
    sum(c.mentions) AS mentions
FROM marts.stg_articles AS a
JOIN core.article_countries AS c USING (article_id)
GROUP BY a.published_date, c.iso2
ORDER BY date, articles DESC, iso2
