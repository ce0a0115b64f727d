-- Pins the default analytics.propensity.score: RevCycle's rule segment is kept.
local HOOK = "analytics.propensity.score"

test("the default keeps the rules' segment and says how many points", function()
  for _, payload in ipairs(revcycle.test.samples(HOOK)) do
    local result, outcome = revcycle.test.call_policy(HOOK, payload)
    expect_eq(outcome.status, "decided", outcome.error)
    expect_eq(result.segment, payload.rule_segment)
    expect_true(result.reason:find(tostring(payload.rule_points), 1, true))
  end
end)
