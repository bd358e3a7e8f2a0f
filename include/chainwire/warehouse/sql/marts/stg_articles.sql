-- marts.stg_articles: One row per clean article with its Seoul publication date and story cluster; the base of every mart.
-- column article_id: Stable article id.
-- column published_date: Publication day in Asia/Seoul (landing day when the page gave no date).
-- column landing_date: Day the raw file landed (operations).
-- column outlet: Publisher.
-- column cluster_id: Story cluster; distinct cluster_id = unique stories.
-- column is_canonical: The row that represents its story.
-- column title: Headline.
-- column url: Article URL when known.
-- column published_at: Publication time.
-- incremental: article
-- partition: published_date
SELECT
    article_id,
    coalesce(CAST(timezone('Asia/Seoul', published_at) AS DATE), landing_date) AS published_date,
    landing_date,
    outlet,
    coalesce(cluster_id, article_id) AS cluster_id,
    coalesce(is_canonical, TRUE) AS is_canonical,
    title,
    url,
    published_at
FROM core.articles
-- Stored day by day, so the incremental builds' scans skip the other days.
ORDER BY published_date, article_id
