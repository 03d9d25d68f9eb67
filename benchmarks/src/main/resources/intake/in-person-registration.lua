-- wrk script: POST /api/requests of a complete IN_PERSON request by a random applicant (identity and phone), as a
-- clerk enters it, so every registration runs the repeat look-up for a new applicant. The clerks' tokens come as the
-- script's arguments; the requests take turns with them.
local weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
local checks = "10X98765432"

local function resident_id()
  local first17 = string.format("110105%04d%02d%02d%03d", 1950 + math.random(0, 49), math.random(1, 12),
      math.random(1, 28), math.random(0, 999))
  local sum = 0
  for i = 1, 17 do
    sum = sum + (first17:byte(i) - 48) * weights[i]
  end
  local check = (sum % 11) + 1
  return first17 .. checks:sub(check, check)
end

local template = '{"channel":"IN_PERSON",'
    .. '"applicant":{"type":"NATURAL_PERSON","name":"张三","idType":"RESIDENT_ID","idNumber":"%s",'
    .. '"phone":"139%08d","email":"zhangsan@example.cn","address":"北京市东城区"},'
    .. '"information":{"title":"2025年区财政预算执行情况","description":"请提供2025年区财政预算执行情况报告全文"},'
    .. '"delivery":{"form":"ELECTRONIC","method":"EMAIL"}}'

-- Seeds differ per thread and per run, so the warm-up's applicants do not come back in the measured run.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("seed", os.time() * 64 + threads)
end

local tokens = {}
local turn = 0

function init(args)
  for i, token in ipairs(args) do
    tokens[i] = "Bearer " .. token
  end
  math.randomseed(seed)
  wrk.method = "POST"
  wrk.path = "/api/requests"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  turn = turn % #tokens + 1
  wrk.headers["Authorization"] = tokens[turn]
  return wrk.format(nil, nil, nil, string.format(template, resident_id(), math.random(0, 99999999)))
end
