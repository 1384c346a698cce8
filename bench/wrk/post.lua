-- wrk script for the bench: POSTs JSON bodies read from a file and prints a JSON summary with p50/p99/p99.9.
--
-- Environment:
--   BODIES  file of request lines: "PATH JSON" (or JSON alone, posted to the URL's path); "{n}" in a body becomes a
--           number unique to the request, so every request is a new person. Lines are taken in turn.
--   AUTH    user:password for HTTP Basic (default assessor:demo)
--   QUOTA   optional: answers per wrk thread after which the thread stops; requests still in flight then are
--           answered too, so a fill stores QUOTA x threads plus at most the number of connections
--   OUT     optional: file to write the JSON summary to
-- A 201 is a stored decision; any other status is counted as not stored.
local lines = {}
local counter = 0
local thread_id = 0
local threads = {}

local function b64(data)
  local b = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  return ((data:gsub('.', function(x)
    local r, byte = '', x:byte()
    for i = 8, 1, -1 do r = r .. (byte % 2 ^ i - byte % 2 ^ (i - 1) > 0 and '1' or '0') end
    return r
  end) .. '0000'):gsub('%d%d?%d?%d?%d?%d?', function(x)
    if #x < 6 then return '' end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == '1' and 2 ^ (6 - i) or 0) end
    return b:sub(c + 1, c + 1)
  end) .. ({ '', '==', '=' })[#data % 3 + 1])
end

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("BODIES")) do
    if #line > 0 then
      local path, body = line:match("^(/%S+)%s+(.*)$")
      table.insert(lines, { path = path, body = body or line })
    end
  end
  quota = tonumber(os.getenv("QUOTA") or "0")
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Basic " .. b64(os.getenv("AUTH") or "assessor:demo")
  created = 0
  other = 0
end

function request()
  counter = counter + 1
  local line = lines[(counter % #lines) + 1]
  return wrk.format(nil, line.path, nil, (line.body:gsub("{n}", id .. "-" .. counter)))
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other = other + 1
    if other <= 3 then io.stderr:write("status " .. status .. ": " .. (body or ""):sub(1, 300) .. "\n") end
  end
  if quota > 0 and created + other >= quota then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local created_all, other_all = 0, 0
  for _, t in ipairs(threads) do
    created_all = created_all + t:get("created")
    other_all = other_all + t:get("other")
  end
  local seconds = summary.duration / 1e6
  local out = string.format(
    '{"requests": %d, "created": %d, "not_created": %d, "socket_errors": %d, "seconds": %.2f, "decisions_per_s": %.1f, ' ..
    '"p50_ms": %.2f, "p99_ms": %.2f, "p999_ms": %.2f, "max_ms": %.2f}',
    summary.requests, created_all, other_all,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    seconds, created_all / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000)
  io.write(out .. "\n")
  local path = os.getenv("OUT")
  if path then
    local f = io.open(path, "w")
    f:write(out .. "\n")
    f:close()
  end
end
