-- marts.coverage_by_actor: Coverage per publication day and actor (ministries, agencies, people).
-- column date: Publication day (Asia/Seoul).
-- column actor_id: Actor id from the gazetteer or the morphological analyser.
-- column name: Actor name.
-- column kind: person or organization.
-- column articles: Articles naming the actor.
-- column unique_stories: Distinct stories naming the actor.
-- column mentions: Total mentions.
-- incremental: day
-- partition: date
SELECT
    a.published_date AS date,
    x.actor_id,
    any_value(x.name ORDER BY x.mentions DESC) AS name,
    any_value(x.kind) AS kind,
    count(DISTINCT a.article_id) AS articles,
    count(DISTINCT a.cluster_id) AS unique_stories,
    sum(x.mentions) AS mentions
FROM marts.stg_articles AS a
JOIN core.article_actors AS x USING (article_id)
GROUP BY a.published_date, x.actor_id
ORDER BY date, articles DESC, actor_id
