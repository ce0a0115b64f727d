import Foundation
import RevCycleCore
import Testing

/// Payment plans through the CLI: exact installments, autopay through the sandbox gateway, the walk
/// from a declined card to default, and what statements and the worklist show meanwhile.
@Suite(.serialized)
struct CollectionsPlanTests {
    /// Creates plan P1 for G1 on day 3: 6 installments from 2026-02-01, autopay on `card`.
    static func planned(card: String) throws -> CollectionsHome {
        let home = try CollectionsHome.selfPay()
        try home.on(0, ["collections", "statements", "run", "--user", "coll"])
        let created = try home.cli.run(["collections", "plan", "create", "--guarantor", "G1", "--months", "6", "--first-due", "2026-02-01",
                                        "--card-stdin", "--authorization", "signed-form:DOC-2231", "--format", "csv", "--user", "coll"],
                                       environment: ["REVCYCLE_NOW": "\(home.date(3))T16:00:00Z"], input: card)
        #expect(created.exitCode == 0, "\(created.stderr)")
        let rows = created.stdout.split(separator: "\n").dropFirst().map { CSVTable.split(String($0)) ?? [] }
        #expect(rows.map { $0[1] } == ["2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01", "2026-07-01"])
        #expect(rows.allSatisfy { $0[2] == "200.00" }, "1,200.00 in six equal installments: \(rows)")
        return home
    }

    @Test("A declined card walks autopay, retries on day +3 and +7, the delinquency notice after grace, and default 30 days later")
    func declinedAutopayDefaults() throws {
        let home = try Self.planned(card: "4000 0000 0000 9995 12/29\n")
        for day in 3...80 { try home.on(day, ["collections", "plan", "run", "--user", "coll"]) }
        // A second run on the same day does nothing new.
        let again = try home.on(80, ["collections", "plan", "run", "--user", "coll", "--format", "csv"])
        #expect(again.stdout.split(separator: "\n").count == 1, "nothing left to do on day 80: \(again.stdout)")
        let events = try home.rows(80, ["collections", "plan", "show", "P1", "--history", "--user", "coll"]).map { "\($0[0]) \($0[1])" }
        #expect(events == [
            "2026-01-08 created", "2026-01-08 authorization-copy",
            "2026-02-01 autopay", "2026-02-04 autopay", "2026-02-08 autopay", "2026-02-12 delinquency-notice",
            "2026-03-01 autopay", "2026-03-04 autopay", "2026-03-08 autopay", "2026-03-14 default",
        ], "\(events)")
        let plans = try home.rows(80, ["collections", "plan", "list", "--user", "coll"])
        #expect(plans.first?[8] == "defaulted on 2026-03-14", "\(plans)")
        let ledger = try home.on(80, ["ledger", "show", "A1", "--user", "coll"])
        #expect(ledger.stdout.contains("Account A1 owes: $1,200.00"), "declined charges post nothing: \(ledger.stdout)")
        let tasks = try home.on(80, ["tasks", "list", "--role", "collections", "--user", "coll"])
        #expect(tasks.stdout.contains("Plan P1 is behind by $200.00"), "\(tasks.stdout)")
    }

    @Test("An approved card pays each installment on its due date; statements ask for the installment and the worklist shows the plan")
    func approvedAutopayPays() throws {
        let home = try Self.planned(card: "4242 4242 4242 4242 12/29\n")
        for day in 3...30 { try home.on(day, ["collections", "plan", "run", "--user", "coll"]) }
        let ledger = try home.on(30, ["ledger", "show", "A1", "--user", "coll"])
        #expect(ledger.stdout.contains("Account A1 owes: $1,000.00"), "the first $200.00 was charged: \(ledger.stdout)")
        // Day 30 (2026-02-04) is a statement day: on a current plan it asks for the next installment by its due
        // date, not the balance.
        try home.on(30, ["collections", "statements", "run", "--user", "coll"])
        let statement = try #require(try home.rows(30, ["collections", "statements", "list", "--user", "coll"]).first)
        #expect(statement[3] == "statement" && statement[4] == "1000.00" && statement[5] == "200.00" && statement[6] == "2026-03-01",
                "\(statement)")
        let text = try home.on(30, ["collections", "statements", "show", "ST2", "--user", "coll"])
        #expect(text.stdout.contains("P1"), "the statement names the plan: \(text.stdout)")
        let worklist = try home.rows(30, ["collections", "worklist", "--user", "coll"])
        #expect(worklist.first?[7] == "current", "\(worklist)")
        // A payment by hand goes to the oldest installment; the next autopay takes only what is left of its own.
        try home.on(31, ["collections", "plan", "pay", "P1", "--amount", "250.00", "--method", "check", "--reference", "3301", "--user", "coll"])
        let schedule = try home.rows(31, ["collections", "plan", "show", "P1", "--user", "coll"])
        #expect(schedule.map { $0[3] } == ["200.00", "200.00", "50.00", "0.00", "0.00", "0.00"], "\(schedule)")
        // March 1: installment 2 is paid already, nothing to charge. April 1: the $150.00 left of installment 3.
        try home.on(55, ["collections", "plan", "run", "--user", "coll"])
        #expect(try home.on(55, ["ledger", "show", "A1", "--user", "coll"]).stdout.contains("Account A1 owes: $750.00"))
        try home.on(86, ["collections", "plan", "run", "--user", "coll"])
        let after = try home.on(86, ["ledger", "show", "A1", "--user", "coll"])
        #expect(after.stdout.contains("Account A1 owes: $600.00"), "1,200 - 200 - 250 - 150 = 600: \(after.stdout)")
        try home.on(86, ["ledger", "verify"])
    }
}
