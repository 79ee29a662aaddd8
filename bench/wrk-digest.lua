-- wrk script for bench/wrk-load.ts: one request, optionally signed with HTTP
-- Digest (MD5, qop=auth), a fresh client nonce per request (nc=1), because
-- the server refuses a nonce-count that does not grow per (nonce, cnonce).
-- A 401 with stale=true carries a new nonce, which later requests use, as a
-- Digest client does (the server asks once its replay guard has turned over).
-- Arguments: path, header lines ("Name: value", "-" for none), and for
-- signing: public key, private key, nonce, cnonce prefix (unique per run).
-- Prints one JSON line of results when done.
local ffi = require("ffi")
ffi.cdef [[ unsigned char *MD5(const unsigned char *d, size_t n, unsigned char *md); ]]
local ok, crypto = pcall(ffi.load, "crypto")
if not ok then crypto = ffi.load("libcrypto.so.3") end
local digest = ffi.new("unsigned char[16]")
local function md5hex(s)
  crypto.MD5(s, #s, digest)
  local hex = {}
  for i = 0, 15 do hex[i + 1] = string.format("%02x", digest[i]) end
  return table.concat(hex)
end

local path, headers, sign, nonce
local count = 0

init = function(args)
  path = args[1]
  headers = {}
  for line in string.gmatch(args[2] or "-", "[^\n]+") do
    local name, value = string.match(line, "^([^:]+):%s*(.*)$")
    if name then headers[name] = value end
  end
  if args[3] then
    local public, private, prefix = args[3], args[4], args[6]
    nonce = args[5]
    local ha1 = md5hex(public .. ":MMS Public API:" .. private)
    local ha2 = md5hex("GET:" .. path)
    sign = function()
      count = count + 1
      local cnonce = prefix .. string.format("%x", count)
      local response = md5hex(ha1 .. ":" .. nonce .. ":00000001:" .. cnonce .. ":auth:" .. ha2)
      return 'Digest username="' .. public .. '", realm="MMS Public API", nonce="' .. nonce .. '", uri="' .. path ..
        '", algorithm=MD5, qop=auth, nc=00000001, cnonce="' .. cnonce .. '", response="' .. response .. '"'
    end
    -- Only when signing: with a response function, wrk copies every body into Lua.
    response = function(status, received)
      if status ~= 401 then return end
      local challenge = received["www-authenticate"] or received["WWW-Authenticate"] or ""
      if string.find(challenge, "stale=true", 1, true) then nonce = string.match(challenge, 'nonce="([^"]+)"') or nonce end
    end
  end
end

request = function()
  if sign then headers["Authorization"] = sign() end
  return wrk.format("GET", path, headers)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"bytes":%d,"non2xx":%d,"errors":%d,"p50Us":%d,"p99Us":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
