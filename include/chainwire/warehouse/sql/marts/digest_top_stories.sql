-- marts.digest_top_stories: The day's top stories: the 10 story clusters with a copy published that day carried by the most distinct outlets (one row per publication day and rank).
-- column date: Publication day (Asia/Seoul).
-- column rank: 1 = carried by the most outlets; ties broken by more copies, then the earlier first publication, then cluster_id.
-- column cluster_id: Story cluster (dedup).
-- column outlets: Distinct outlets that published a copy on or before `date`.
-- column outlets_that_day: Distinct outlets that published a copy on `date` itself.
-- column articles: Copies published on or before `date`.
-- column first_published_date: Publication day of the story's earliest copy.
-- column article_id: The story's representative copy: the canonical one when published by then, else the earliest.
-- column outlet: Outlet of the representative copy.
-- column title: Headline of the representative copy.
-- column url: URL of the representative copy when known.
-- column topics: Taxonomy topics of the representative copy, strongest first (null when untagged).
-- incremental: cluster
-- partition: date
WITH day_clusters AS (
    SELECT DISTINCT published_date AS date, cluster_id FROM marts.stg_articles
), carried AS (
    SELECT d.date,
           d.cluster_id,
           count(DISTINCT s.outlet) AS outlets,
           count(DISTINCT s.outlet) FILTER (WHERE s.published_date = d.date) AS outlets_that_day,
           count(*) AS articles,
           min(s.published_date) AS first_published_date,
           min(s.published_at) AS first_published_at,
           first(s.article_id ORDER BY s.is_canonical DESC, s.published_at NULLS LAST, s.article_id) AS article_id
    FROM day_clusters AS d
    JOIN marts.stg_articles AS s ON s.cluster_id = d.cluster_id AND s.published_date <= d.date
    GROUP BY d.date, d.cluster_id
), ranked AS (
    SELECT *,
           row_number() OVER (PARTITION BY date
                              ORDER BY outlets DESC, articles DESC, first_published_at NULLS LAST, cluster_id) AS rank
    FROM carried
    QUALIFY rank <= 10
)
SELECT
    r.date,
    r.rank,
    r.cluster_id,
    r.outlets,
    r.outlets_that_day,
    r.articles,
    r.first_published_date,
    r.article_id,
    a.outlet,
    a.title,
    a.url,
    (SELECT string_agg(t.topic, ', ' ORDER BY t.score DESC, t.topic)
     FROM core.article_topics AS t WHERE t.article_id = r.article_id) AS topics
FROM ranked AS r
JOIN marts.stg_articles AS a ON a.article_id = r.article_id
ORDER BY r.date, r.rank
