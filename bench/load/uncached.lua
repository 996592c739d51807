-- Every request a URL the output cache has not seen: PATTERN (from the environment) with %d for a random number
-- in 1..MAX and a trailing r=<thread>-<counter> that no endpoint reads, so each response is computed afresh.
local pattern = os.getenv("PATTERN")
local max = tonumber(os.getenv("MAX") or "1")
local thread = tostring({}):match("0x(%x+)") or "0"
local counter = 0

init = function()
  math.randomseed(tonumber(thread, 16) % 2147483647)
end

request = function()
  counter = counter + 1
  local path = string.format(pattern, math.random(1, max)) .. "&r=" .. thread .. "-" .. counter
  return wrk.format("GET", path)
end
