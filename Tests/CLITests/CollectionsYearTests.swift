import Foundation
import RevCycleCore
import Testing

/// A self-pay patient's year in collections, one day at a time: statements on the site's cadence,
/// 501(r)'s clocks on extraordinary actions, an assistance application that suspends them, and an
/// approval that reverses them and refunds.
@Suite(.serialized)
struct CollectionsYearTests {
    @Test("Statements on cadence, no extraordinary action before day 120 and the notice deadline, an application on day 200 suspends, approval reverses and refunds")
    func aPatientsYear() throws {
        let home = try CollectionsHome.selfPay(parameters: ["final_notice_actions: credit-reporting,sale-of-debt"])

        // Days 0 to 125: the statement run every day. The cadence sends one letter a cycle, escalating.
        for day in 0...125 {
            try home.on(day, ["collections", "statements", "run", "--user", "coll"])
        }
        let statements = try home.rows(125, ["collections", "statements", "list", "--user", "coll"]).reversed()
        #expect(statements.map { $0[2] } == ["2026-01-05", "2026-02-04", "2026-03-06", "2026-04-05"], "one letter every 30 days: \(statements)")
        #expect(statements.map { $0[3] } == ["statement", "reminder", "past-due", "final-notice"])
        #expect(statements.allSatisfy { $0[4] == "1200.00" && $0[5] == "1200.00" }, "each demands the whole self-pay balance")

        // The final notice (day 90) gave 30 days: no action on day 119 or 120, one on day 121.
        let early = try home.attempt(119, ["collections", "actions", "take", "--account", "A1", "--kind", "sale-of-debt",
                                           "--detail", "Sold to Portfolio Recovery", "--user", "coll"])
        #expect(early.exitCode != 0)
        #expect(early.stderr.contains("501r.notification-period"), "day 119 is before day 120: \(early.stderr)")
        let onDeadline = try home.attempt(120, ["collections", "actions", "take", "--account", "A1", "--kind", "sale-of-debt",
                                                "--detail", "Sold to Portfolio Recovery", "--user", "coll"])
        #expect(onDeadline.exitCode != 0, "the notice's deadline day itself is still protected")
        let unnamed = try home.attempt(121, ["collections", "actions", "take", "--account", "A1", "--kind", "lawsuit",
                                             "--detail", "Small claims filing", "--user", "coll"])
        #expect(unnamed.exitCode != 0, "a lawsuit was not named in the final notice")
        try home.on(121, ["collections", "actions", "take", "--account", "A1", "--kind", "sale-of-debt", "--detail", "Sold to Portfolio Recovery",
                          "--user", "coll"])

        // The patient pays $100 on day 150; applies for assistance on day 200 (counseling): actions are suspended.
        try home.on(150, ["collections", "payment", "--account", "A1", "--amount", "100.00", "--method", "check", "--reference", "1001",
                          "--user", "coll"])
        try home.on(200, ["counseling", "application", "receive", "--guarantor", "G1", "--household", "4", "--income", "30000.00", "--state", "IL",
                          "--documents", "proof-of-income,photo-id,household-members", "--user", "counsel"])
        let status = try home.rows(200, ["collections", "actions", "status", "--account", "A1", "--user", "coll"])
        let lien = try #require(status.first { $0[4] == "lien" })
        #expect(lien[5] == "no" && lien[6].contains("501r.application-pending"), "a pending application suspends actions: \(lien)")

        // Approved on day 230: the patient owes nothing for this care. Counseling posts the charity adjustment (the $100
        // paid becomes a credit); collections lists the sale for reversal and asks a second person to approve the refund.
        let decided = try home.on(230, ["counseling", "application", "decide", "FA1", "--user", "counsel", "--format", "csv"])
        #expect(decided.stdout.contains("FA1,approved,A1,1200.00,0.00"), "\(decided.stdout)")
        let tasks = try home.on(230, ["tasks", "list", "--role", "collections", "--user", "coll"])
        #expect(tasks.stdout.contains("Reverse selling the debt on A1"), "\(tasks.stdout)")
        let requests = try home.rows(230, ["collections", "credits", "requests", "--user", "coll"])
        #expect(requests.first?[0] == "RF1" && requests.first?[2] == "100.00", "\(requests)")
        try home.on(231, ["collections", "credits", "approve", "RF1", "--check", "20031", "--user", "coll2"])
        try home.on(232, ["collections", "actions", "reverse", "X1", "--reason", "Debt bought back after assistance approval", "--user", "coll"])

        let ledger = try home.on(232, ["ledger", "show", "A1", "--user", "coll"])
        #expect(ledger.stdout.contains("Account A1 owes: $0.00"), "nothing owed: \(ledger.stdout)")
        #expect(ledger.stdout.contains("adj:charity       $1,200.00") && ledger.stdout.contains("refunds            -$100.00"),
                "the whole share to charity, the $100 paid refunded: \(ledger.stdout)")
        try home.on(232, ["ledger", "verify"])
        let after = try home.rows(232, ["collections", "actions", "status", "--account", "A1", "--user", "coll"])
        #expect(after.allSatisfy { $0[5] == "no" }, "with nothing owed, no action is allowed: \(after)")
    }
}
