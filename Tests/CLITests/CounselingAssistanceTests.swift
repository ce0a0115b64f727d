import Foundation
import RevCycleCore
import Testing

/// Financial assistance end to end: screening at the tier boundary, an incomplete application and its
/// notice, a denial, presumptive eligibility (and a site's own presumptive policy), and an approval
/// that posts the charity adjustment, refunds what was paid and reverses a collection action.
@Suite("Counseling: screening, applications, determinations and what collections does with them")
struct CounselingAssistanceTests {
    @Test("An approved application produces the charity adjustment, the refund, the reversal of a collection action, and the ledger verifies")
    func anApprovalAdjustsRefundsAndReverses() throws {
        let home = try CollectionsHome.selfPay(parameters: ["final_notice_actions: credit-reporting,sale-of-debt"])
        // The cadence's letters (statement, reminder, past-due, final notice naming the sale) on the days it sends them.
        for day in [0, 30, 60, 90] {
            try home.on(day, ["collections", "statements", "run", "--user", "coll"])
        }
        try home.on(121, ["collections", "actions", "take", "--account", "A1", "--kind", "sale-of-debt", "--detail", "Sold to Portfolio Recovery",
                          "--user", "coll"])
        try home.on(122, ["collections", "payment", "--account", "A1", "--amount", "100.00", "--method", "check", "--reference", "1001",
                          "--user", "coll"])
        try home.on(123, ["counseling", "application", "receive", "--guarantor", "G1", "--household", "4", "--income", "30000.00", "--state", "IL",
                          "--documents", "proof-of-income,photo-id,household-members", "--user", "counsel"])
        let pending = try home.rows(123, ["collections", "actions", "status", "--account", "A1", "--user", "coll"])
        #expect(!pending.isEmpty && pending.allSatisfy { $0[5] == "no" && $0[6].contains("501r.application-pending") }, "\(pending)")

        let decided = try home.on(124, ["counseling", "application", "decide", "FA1", "--user", "counsel", "--format", "csv"])
        #expect(decided.stdout.contains("FA1,approved,A1,1200.00,0.00"), "the whole $1,200.00 share forgiven: \(decided.stdout)")
        let charity = try home.rows(124, ["ledger", "show", "A1", "--user", "coll"]).filter { $0[3].hasPrefix("financial assistance") }
        #expect(charity.map { [$0[4], $0[5]] }.sorted { $0[0] < $1[0] } == [["adj:charity", "1200.00"], ["ar:credit", "-100.00"], ["ar:patient", "-1100.00"]],
                "the $1,100.00 owed and the $100.00 paid (now a credit): \(charity)")
        let reversal = try home.rows(124, ["tasks", "list", "--role", "collections", "--user", "coll"]).filter { $0[6] == "collections.eca-reversal" }
        #expect(reversal.map { $0[8] } == ["Reverse selling the debt on A1 (assistance approved)"], "\(reversal)")
        let requests = try home.rows(124, ["collections", "credits", "requests", "--user", "coll"])
        #expect(requests.map { [$0[0], $0[2]] } == [["RF1", "100.00"]], "\(requests)")

        try home.on(125, ["collections", "credits", "approve", "RF1", "--check", "20031", "--user", "coll2"])
        try home.on(125, ["collections", "actions", "reverse", "X1", "--reason", "Debt bought back after assistance approval", "--user", "coll"])
        let ledger = try home.on(125, ["ledger", "show", "A1", "--user", "coll"])
        #expect(ledger.stdout.contains("Account A1 owes: $0.00") && ledger.stdout.contains("refunds            -$100.00"), "\(ledger.stdout)")
        #expect(try home.balances(125)["A1"] == .init(patient: "0.00", credit: "0.00"))
        let notice = try home.on(125, ["counseling", "application", "show", "FA1", "--user", "counsel"])
        #expect(notice.stdout.contains("is approved: 100.00% of your share"), "\(notice.stdout)")
        try home.on(125, ["ledger", "verify", "--user", "biller"])
    }

    @Test("Assistance on a visit whose check-in deposit is still held as a credit clears what is owed and leaves the deposit to refund")
    func anApprovalOverAHeldDeposit() throws {
        let home = try CollectionsHome.counseling()
        try home.on(0, ["access", "appointment", "schedule", "--patient", "P1", "--provider", CollectionsHome.provider,
                        "--at", "\(home.date(0)) 15:00", "--location", "Main St clinic", "--services", "99213", "--user", "fdesk"])
        try home.on(0, ["access", "estimate", "create", "V1", "--user", "fdesk"])
        try home.on(0, ["access", "check-in", "V1", "--pay", "cash", "--amount", "90.00", "--reference", "R-5521", "--user", "fdesk"])
        try home.charge(0, account: "A1", code: "99213", amount: "300.00", provider: CollectionsHome.provider)
        #expect(try home.balances(0)["A1"] == .init(patient: "300.00", credit: "-90.00"), "the deposit is held, not yet applied")
        try home.on(1, ["counseling", "application", "receive", "--guarantor", "G1", "--household", "4", "--income", "30000.00", "--state", "IL",
                        "--documents", "proof-of-income,photo-id,household-members", "--user", "counsel"])
        let decided = try home.on(1, ["counseling", "application", "decide", "FA1", "--user", "counsel", "--format", "csv"])
        #expect(decided.stdout.contains("FA1,approved,A1,300.00,0.00"), "\(decided.stdout)")
        // The whole $300.00 share is forgiven: nothing owed, and the $90.00 deposit is a credit to refund (not $180.00 of credit
        // with $90.00 still owed, which is what writing down the net balance did).
        #expect(try home.balances(1)["A1"] == .init(patient: "0.00", credit: "-90.00"))
        let requests = try home.rows(1, ["collections", "credits", "requests", "--user", "coll"])
        #expect(requests.map { $0[2] } == ["90.00"], "one refund of the deposit: \(requests)")
        try home.on(1, ["ledger", "verify", "--user", "biller"])
    }

    @Test("An incomplete application lists the missing documents with the deadline, cannot be decided, and the documents complete it")
    func anIncompleteApplication() throws {
        let home = try CollectionsHome.selfPay()
        let received = try home.on(10, ["counseling", "application", "receive", "--guarantor", "G1", "--household", "4", "--income", "30000.00",
                                        "--state", "IL", "--documents", "proof-of-income", "--user", "counsel"])
        #expect(received.stdout.contains("incomplete") && received.stdout.contains("2026-02-14"), "complete by day 10 + 30: \(received.stdout)")
        let shown = try home.on(10, ["counseling", "application", "show", "FA1", "--user", "counsel"])
        #expect(shown.stdout.contains("Please send: a photo ID; the names and birth dates of the people in your household. Send it by 2026-02-14."),
                "\(shown.stdout)")
        let holds = try home.rows(10, ["collections", "hold", "list", "--user", "coll"])
        #expect(holds.map { [$0[3], $0[6]] } == [["financial-assistance", "yes"]], "an incomplete application holds escalation: \(holds)")

        let early = try home.attempt(11, ["counseling", "application", "decide", "FA1", "--user", "counsel"])
        #expect(early.exitCode != 0 && early.stderr.contains("FA1 is incomplete; only a complete application is decided.")
                && early.stderr.contains("photo-id, household-members"), "\(early.stderr)")
        try home.on(12, ["counseling", "application", "documents", "FA1", "--received", "photo-id", "--user", "counsel"])
        let completed = try home.on(14, ["counseling", "application", "documents", "FA1", "--received", "household-members", "--user", "counsel",
                                         "--format", "json"])
        #expect(completed.stdout.contains("\"status\" : \"complete\""), "\(completed.stdout)")
        let decided = try home.on(15, ["counseling", "application", "decide", "FA1", "--user", "counsel", "--format", "csv"])
        #expect(decided.stdout.contains("FA1,approved,A1,1200.00,0.00"), "\(decided.stdout)")
    }

    @Test("Income above 400% of the poverty line is denied and collections releases its hold")
    func aDenialReleasesTheHold() throws {
        let home = try CollectionsHome.selfPay()
        try home.on(10, ["counseling", "application", "receive", "--guarantor", "G1", "--household", "4", "--income", "140000.00", "--state", "IL",
                         "--documents", "proof-of-income,photo-id,household-members", "--user", "counsel"])
        #expect(try home.rows(10, ["collections", "hold", "list", "--user", "coll"]).map { $0[6] } == ["yes"])
        let decided = try home.on(12, ["counseling", "application", "decide", "FA1", "--user", "counsel"])
        #expect(decided.stdout.contains("denied") && decided.stdout.contains("424.24%"), "$140,000 is 424% of $33,000: \(decided.stdout)")
        let holds = try home.rows(12, ["collections", "hold", "list", "--user", "coll"])
        #expect(holds.map { [$0[3], $0[5], $0[6]] } == [["financial-assistance", "released 2026-01-17", "no"]], "\(holds)")
        #expect(try home.balances(12)["A1"]?.patient == "1200.00", "nothing forgiven")
        let shown = try home.on(12, ["counseling", "application", "show", "FA1", "--user", "counsel"])
        #expect(shown.stdout.contains("does not meet") && shown.stdout.contains("payment plan"), "\(shown.stdout)")
    }

    @Test("Presumptive eligibility for Medicaid approves full assistance and tells the patient they may still apply")
    func presumptiveEligibility() throws {
        let home = try CollectionsHome.selfPay()
        let approved = try home.on(10, ["counseling", "application", "presumptive", "--guarantor", "G1", "--reason", "medicaid", "--user", "counsel",
                                        "--format", "csv"])
        #expect(approved.stdout.contains("FA1,approved,A1,1200.00,0.00"), "\(approved.stdout)")
        let shown = try home.on(10, ["counseling", "application", "show", "FA1", "--user", "counsel"])
        #expect(shown.stdout.contains("You do not need to fill out an application") && shown.stdout.contains("you can still apply"),
                "\(shown.stdout)")
        #expect(try home.balances(10)["A1"]?.patient == "0.00")
        try home.on(10, ["ledger", "verify", "--user", "biller"])
    }

    @Test("A site's counseling.fa.presumptive policy takes effect: 50% between 200% and 300% of the poverty line")
    func aSitesPresumptivePolicy() throws {
        let home = try CollectionsHome.selfPay(siteScripts: ["counseling.lua": """
            revcycle.policy("counseling.fa.presumptive", function(p)
              local fpl = p.percent_of_poverty_basis_points
              if fpl >= 0 and fpl <= 20000 then return { eligible = true } end
              if fpl > 20000 and fpl <= 30000 then return { eligible = true, discount_basis_points = 5000, note = "site: half between 200% and 300%" } end
              return { eligible = false, note = "site: take a full application" }
            end)
            """])
        let above = try home.attempt(10, ["counseling", "application", "presumptive", "--guarantor", "G1", "--reason", "medicaid", "--household", "4",
                                          "--income", "102300.00", "--state", "IL", "--user", "counsel"])
        #expect(above.exitCode != 0 && above.stderr.contains("Not presumed eligible (site: take a full application)"),
                "310% is not presumed, even on Medicaid, under this site's policy: \(above.stderr)")
        let half = try home.on(10, ["counseling", "application", "presumptive", "--guarantor", "G1", "--reason", "estimated-income", "--household", "4",
                                    "--income", "82500.00", "--state", "IL", "--user", "counsel", "--format", "csv"])
        #expect(half.stdout.contains("FA1,approved,A1,600.00,600.00"), "250%: half of $1,200.00: \(half.stdout)")
        #expect(try home.balances(10)["A1"]?.patient == "600.00")
    }

    @Test("Screening a household of 4 in IL in 2026", arguments: [
        ("66000.00", "exactly 200.00%", "Tier 1 (at or below 200%) → full assistance."),
        ("66001.00", "200.00% (rounded down)", "Tier 2 (over 200% through 300%) → 75.00% discount."),
    ])
    func screeningAtTheTierBoundary(income: String, percent: String, tier: String) throws {
        let home = try CollectionsHome.counseling()
        let screened = try home.on(10, ["counseling", "screen", "--household", "4", "--income", income, "--state", "IL", "--user", "counsel"])
        #expect(screened.stdout.contains("2026 guideline $33,000") && screened.stdout.contains(percent) && screened.stdout.contains(tier),
                "\(screened.stdout)")
    }
}
