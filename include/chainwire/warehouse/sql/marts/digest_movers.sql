-- marts.digest_movers: What changed on a publication day: each topic and country's unique stories that day against its trailing 28-day baseline, with a Poisson z-score and whether the change is notable (one row per day with articles × key covered that day or in its baseline).
-- column date: Publication day (Asia/Seoul) the row describes.
-- column dimension: topic or country.
-- column key: Topic id or ISO alpha-2 country code.
-- column articles: Articles tagged with the key published that day (every copy counted).
-- column unique_stories: Distinct stories (cluster_id) tagged with the key that day: the count the test is run on.
-- column baseline_days: Days of the 28 before `date` (date-28 .. date-1) on which the warehouse has any article; days without data are gaps, not zeros.
-- column baseline_stories: Unique stories tagged with the key over those baseline days (sum of daily counts).
-- column baseline_mean: baseline_stories / baseline_days: the expected daily count (lambda); null without a baseline day.
-- column z_score: (unique_stories - baseline_mean) / sqrt(greatest(baseline_mean, 1)): Poisson z-score with the variance floored at 1; null without a baseline day.
-- column change: up (unique_stories >= 3 and z >= 3), down (baseline_mean >= 3 and z <= -3), else none; always none with fewer than 14 baseline days.
-- Thresholds are written out below; docs in README (Warehouse and marts).
-- incremental: trailing 28
-- partition: date
WITH daily AS (
    -- single-key dimensions: one row per day and key ('(unknown)' = untagged)
    SELECT date, dimension, key, articles, stories AS unique_stories
    FROM marts.key_stories_daily
    WHERE dimension IN ('topic', 'country') AND key <> '(unknown)'
), days AS (
    SELECT DISTINCT date FROM marts.key_stories_daily WHERE dimension = 'all'
), keys AS (
    SELECT DISTINCT dimension, key FROM daily
), grid AS (
    SELECT d.date, k.dimension, k.key,
           coalesce(x.articles, 0) AS articles, coalesce(x.unique_stories, 0) AS unique_stories
    FROM days AS d
    CROSS JOIN keys AS k
    LEFT JOIN daily AS x ON x.date = d.date AND x.dimension = k.dimension AND x.key = k.key
), windowed AS (
    SELECT *,
           count(*) OVER baseline AS baseline_days,
           CAST(coalesce(sum(unique_stories) OVER baseline, 0) AS BIGINT) AS baseline_stories
    FROM grid
    WINDOW baseline AS (PARTITION BY dimension, key ORDER BY date
                        RANGE BETWEEN INTERVAL 28 DAYS PRECEDING AND INTERVAL 1 DAY PRECEDING)
), scored AS (
    SELECT *,
           CASE WHEN baseline_days > 0 THEN baseline_stories / baseline_days END AS baseline_mean
    FROM windowed
    WHERE unique_stories > 0 OR baseline_stories > 0
)
SELECT
    date,
    dimension,
    key,
    articles,
    unique_stories,
    baseline_days,
    baseline_stories,
    round(baseline_mean, 3) AS baseline_mean,
    round((unique_stories - baseline_mean) / sqrt(greatest(baseline_mean, 1.0)), 3) AS z_score,
    CASE
        WHEN baseline_days < 14 THEN 'none'
        WHEN unique_stories >= 3
             AND (unique_stories - baseline_mean) / sqrt(greatest(baseline_mean, 1.0)) >= 3 THEN 'up'
        WHEN baseline_mean >= 3
             AND (unique_stories - baseline_mean) / sqrt(greatest(baseline_mean, 1.0)) <= -3 THEN 'down'
        ELSE 'none'
    END AS change
FROM scored
ORDER BY date, dimension, abs(z_score) DESC NULLS LAST, key
