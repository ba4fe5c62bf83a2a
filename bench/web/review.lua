-- wrk script: POST /api/reviews for one card (CARD_ID), rating Good, no version check.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"card_id":"' .. os.getenv("CARD_ID") .. '","rating":3,"duration_ms":1000}'
