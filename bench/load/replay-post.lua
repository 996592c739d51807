-- POST one replay body: the replay cache (not the output cache, which only keeps GETs) answers after the first.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = os.getenv("BODY") or '{"company": "uber"}'
