-- wrk script: cycles through the briefing paths listed in the file named by BRIEFING_PATHS.
local paths = {}
for line in io.lines(os.getenv("BRIEFING_PATHS")) do
  paths[#paths + 1] = line
end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
