-- The coarser usage rollups of migration 10, filled from usage_daily as the migration backfills
-- them (SQLite and PostgreSQL). Used by usage.sh and benchlib.py after they seed usage_daily.
INSERT INTO usage_daily_model (day, model_id, deployment_id, requests, errors, prompt_tokens, completion_tokens,
    cached_tokens, cost, latency_ms_sum)
SELECT day, model_id, deployment_id, SUM(requests), SUM(errors), SUM(prompt_tokens), SUM(completion_tokens),
       SUM(cached_tokens), SUM(cost), SUM(latency_ms_sum) FROM usage_daily GROUP BY day, model_id, deployment_id;
INSERT INTO usage_daily_user (day, user_id, requests, errors, prompt_tokens, completion_tokens, cached_tokens, cost,
    latency_ms_sum)
SELECT day, user_id, SUM(requests), SUM(errors), SUM(prompt_tokens), SUM(completion_tokens), SUM(cached_tokens),
       SUM(cost), SUM(latency_ms_sum) FROM usage_daily GROUP BY day, user_id;
INSERT INTO usage_active_days (month, user_id, model_id, deployment_id, days)
SELECT substr(day, 1, 7), user_id, model_id, deployment_id,
       SUM(CAST(1 AS BIGINT) << (CAST(substr(day, 9, 2) AS INTEGER) - 1))
FROM (SELECT DISTINCT day, user_id, model_id, deployment_id FROM usage_daily WHERE user_id <> '') AS d
GROUP BY substr(day, 1, 7), user_id, model_id, deployment_id;
