import Foundation
import GRDB
import RevCycleCore
import Testing

/// No Surprises Act good-faith estimates end to end: access issues the estimate for a self-pay visit,
/// billing posts the charges, counseling compares them per provider, flags a bill $400.00 above it
/// and tells the patient; a dispute filed within 120 days holds collection until it is resolved.
@Suite("Good-faith estimate disputes: the $400 flag, the 120 days, and the collections hold")
struct CounselingGoodFaithTests {
    static let provider = CollectionsHome.provider
    static let facility = "1245319599"

    /// Notices of the dispute right kept for G1.
    static func disputeNotices(_ home: CollectionsHome) throws -> [(sentOn: String, text: String)] {
        try DatabaseQueue(path: home.cli.databasePath).read { db in
            try Row.fetchAll(db, sql: "SELECT sent_on, text FROM counseling_notice WHERE kind = 'gfe-dispute-right' AND guarantor_id = 1 ORDER BY id")
                .map { ($0["sent_on"], $0["text"]) }
        }
    }

    /// Counseling's estimate tasks.
    static func excessTasks(_ home: CollectionsHome, _ day: Int) throws -> [[String]] {
        try home.rows(day, ["tasks", "list", "--role", "counseling", "--user", "counsel"]).filter { $0[6] == "counseling.gfe-excess" }
    }

    @Test("A provider billed $400 above its estimate is flagged once with a task and a notice; a dispute holds collection until resolved")
    func aDisputeHoldsCollectionUntilResolved() throws {
        let home = try CollectionsHome.counseling()
        let estimate = try home.selfPayVisitWithEstimate(0, appointment: "V1")
        #expect(estimate.contains("GOOD FAITH ESTIMATE") && estimate.contains("$180.00") && estimate.contains("$2,850.00"), "\(estimate)")

        // The MRI is the facility's on the estimate; billing posts it under the physician, and it is still the facility's bill.
        try home.charge(0, account: "A1", code: "70553", amount: "2850.00", provider: Self.provider)
        try home.charge(0, account: "A1", code: "99213", amount: "300.00", provider: Self.provider)
        #expect(try Self.excessTasks(home, 0).isEmpty, "$120.00 over is not flagged")
        try home.charge(1, account: "A1", code: "99214", amount: "280.00", provider: Self.provider)
        try home.charge(2, account: "A1", code: "99211", amount: "10.00", provider: Self.provider)

        let tasks = try Self.excessTasks(home, 2)
        #expect(tasks.count == 1, "flagged once, when the bill first reached $400.00 over: \(tasks)")
        #expect(tasks.first?[8] == "Bill $400.00 above the good-faith estimate for Dr. Maria Okafor (NPI \(Self.provider)) on A1: "
                + "the patient may dispute until 2026-05-06", "\(tasks)")
        let notices = try Self.disputeNotices(home)
        #expect(notices.count == 1 && notices.first?.sentOn == "2026-01-06", "one notice, on the day of the flag: \(notices)")
        let notice = notices.first?.text ?? ""
        #expect(notice.contains("$400.00 more than the good-faith estimate") && notice.contains("that is by 2026-05-06")
                && notice.contains("will not be sent to collections"), "\(notice)")

        let compared = try home.rows(2, ["counseling", "estimate", "compare", "A1", "--user", "counsel"])
        #expect(compared == [
            ["Dr. Maria Okafor", Self.provider, "180.00", "590.00", "410.00", "flagged 2026-01-06: the patient may dispute until 2026-05-06"],
            ["Default Community Hospital", Self.facility, "2850.00", "2850.00", "0.00", "below the $400.00 dispute threshold"],
        ], "\(compared)")
        let facilityDispute = try home.attempt(3, ["counseling", "dispute", "file", "--account", "A1", "--provider", Self.facility, "--user", "counsel"])
        #expect(facilityDispute.exitCode != 0 && facilityDispute.stderr.contains("Not eligible: the bill is $0.00 above the estimate, less than $400.00."),
                "\(facilityDispute.stderr)")

        // The first statement goes out on day 2; the patient disputes on day 10.
        try home.on(2, ["collections", "statements", "run", "--user", "coll"])
        let filed = try home.on(10, ["counseling", "dispute", "file", "--account", "A1", "--provider", Self.provider, "--user", "counsel"])
        #expect(filed.stdout.contains("D1") && filed.stdout.contains("2026-01-06") && filed.stdout.contains("collection of A1 is held"),
                "\(filed.stdout)")
        let holds = try home.rows(10, ["collections", "hold", "list", "--user", "coll"])
        #expect(holds.map { Array($0[1...6]) } == [["G1", "A1", "gfe-dispute", "2026-01-15", "until released", "yes"]], "\(holds)")
        let again = try home.attempt(11, ["counseling", "dispute", "file", "--account", "A1", "--provider", Self.provider, "--user", "counsel"])
        #expect(again.exitCode != 0 && again.stderr.contains("already disputed (D1"), "\(again.stderr)")

        // Day 32: the cadence would send a reminder; the dispute keeps it a plain statement, and every action names the hold.
        try home.on(32, ["collections", "statements", "run", "--user", "coll"])
        let held = try home.rows(32, ["collections", "actions", "status", "--account", "A1", "--user", "coll"])
        #expect(!held.isEmpty && held.allSatisfy { $0[5] == "no" && $0[6].contains("hold.gfe-dispute") }, "\(held)")

        try home.on(40, ["counseling", "dispute", "resolve", "D1", "--outcome", "Bill reduced to the estimate", "--user", "counsel"])
        let released = try home.rows(40, ["collections", "hold", "list", "--user", "coll"])
        #expect(released.first?[5] == "released 2026-02-14" && released.first?[6] == "no", "\(released)")
        let disputes = try home.rows(40, ["counseling", "dispute", "list", "--user", "coll"])
        #expect(disputes.map { [$0[0], $0[5], $0[6], $0[7], $0[9], $0[10]] } == [["D1", "590.00", "410.00", "2026-01-06", "resolved 2026-02-14",
                                                                                    "Bill reduced to the estimate"]],
                "the bill as it stood when disputed: \(disputes)")
        let free = try home.rows(40, ["collections", "actions", "status", "--account", "A1", "--user", "coll"])
        #expect(!free.isEmpty && free.allSatisfy { !$0[6].contains("hold.gfe-dispute") }, "\(free)")

        // Released: the cadence escalates again.
        try home.on(62, ["collections", "statements", "run", "--user", "coll"])
        let statements = try home.rows(62, ["collections", "statements", "list", "--user", "coll"]).reversed().map { [$0[2], $0[3]] }
        #expect(statements == [["2026-01-07", "statement"], ["2026-02-06", "statement"], ["2026-03-08", "reminder"]], "\(statements)")
        try home.on(62, ["ledger", "verify", "--user", "biller"])
    }

    @Test("$399.99 above is not flagged and a dispute is refused; the cent that makes $400.00 flags it, and the 120 days count from that day")
    func theThresholdAndTheWindow() throws {
        let home = try CollectionsHome.counseling()
        try home.selfPayVisitWithEstimate(0, appointment: "V1")
        try home.charge(0, account: "A1", code: "70553", amount: "2850.00", provider: Self.provider)
        try home.charge(0, account: "A1", code: "99213", amount: "579.99", provider: Self.provider)
        #expect(try Self.excessTasks(home, 0).isEmpty)
        #expect(try Self.disputeNotices(home).isEmpty)
        let under = try home.attempt(1, ["counseling", "dispute", "file", "--account", "A1", "--provider", Self.provider, "--user", "counsel"])
        #expect(under.exitCode != 0 && under.stderr.contains("Not eligible: the bill is $399.99 above the estimate, less than $400.00."),
                "\(under.stderr)")
        #expect(try home.rows(1, ["counseling", "dispute", "list", "--user", "counsel"]).isEmpty)

        try home.charge(5, account: "A1", code: "99211", amount: "0.01", provider: Self.provider)
        let tasks = try Self.excessTasks(home, 5)
        #expect(tasks.count == 1 && tasks.first?[8].hasSuffix("the patient may dispute until 2026-05-10") == true, "day 5 + 120: \(tasks)")
        #expect(try Self.disputeNotices(home).map(\.sentOn) == ["2026-01-10"])

        let late = try home.attempt(126, ["counseling", "dispute", "file", "--account", "A1", "--provider", Self.provider, "--user", "counsel"])
        #expect(late.exitCode != 0 && late.stderr.contains("Not eligible: the window to start a dispute closed on 2026-05-10."), "\(late.stderr)")
        let lastDay = try home.on(126, ["counseling", "dispute", "file", "--account", "A1", "--provider", Self.provider, "--date", "2026-05-10",
                                        "--user", "counsel", "--format", "json"])
        #expect(lastDay.stdout.contains("\"filed\" : \"2026-05-10\"") && lastDay.stdout.contains("\"bill date\" : \"2026-01-10\""),
                "the 120th day is still in time: \(lastDay.stdout)")
    }
}
