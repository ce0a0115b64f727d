import Foundation
import RevCycleCore
import Testing

/// A self-pay visit goes to a collection agency once 501(r) allows it, comes back with the agency's
/// payments and a dispute, is recalled, written off to bad debt, and recovered.
@Suite("Collection agencies and bad debt, end to end")
struct CollectionsAgencyTests {
    static let returnHeader = "placement,account,type,amount,date,reference"

    @Test("Placed only after 501(r)'s 120 days and notice; returns post once and a bad line refuses the file; recall, write-off and a later payment reinstating bad debt")
    func aVisitThroughAnAgencyToBadDebt() throws {
        let home = try CollectionsHome.selfPay()
        // Daily statement runs: statement on day 0, reminder 30, past due 60, final notice on day 90 (deadline day 120).
        for day in 0...95 {
            try home.on(day, ["collections", "statements", "run", "--user", "coll"])
        }
        let steps = try home.rows(95, ["collections", "statements", "list", "--user", "coll"]).reversed().map { "\($0[2]) \($0[3])" }
        #expect(steps == ["2026-01-05 statement", "2026-02-04 reminder", "2026-03-06 past-due", "2026-04-05 final-notice"], "\(steps)")

        // Day 100: before day 120 and the notice's deadline, nothing may go to an agency.
        let preview = home.cli.home.appendingPathComponent("preview.csv").path
        let early = try home.rows(100, ["collections", "agency", "place", "--agency", "ACME", "--out", preview, "--dry-run", "--user", "coll"])
        #expect(early.count == 1 && early[0][0] == "A1" && early[0][2] == "1200.00" && early[0][3] == "no", "\(early)")
        #expect(early.first?[4].contains("501r.notification-period: No extraordinary action before 2026-05-05") == true, "\(early)")
        #expect(early.first?[4].contains("501r.notice-deadline-not-passed") == true, "the final notice's deadline too: \(early)")
        let previewed = try home.lines(of: preview)
        #expect(previewed.count == 1, "a preview with nothing placeable has only the header: \(previewed)")
        let recorded = try home.rows(100, ["collections", "agency", "list", "--user", "coll"])
        #expect(recorded.isEmpty, "a dry run records nothing: \(recorded)")

        // Day 125: a file that cannot be written places nothing.
        let nowhere = home.cli.home.appendingPathComponent("no-such-folder/acme.csv").path
        let unwritable = try home.attempt(125, ["collections", "agency", "place", "--agency", "ACME", "--out", nowhere, "--user", "coll"])
        #expect(unwritable.exitCode == 64 && unwritable.stderr.contains("cannot be written"), "\(unwritable.exitCode): \(unwritable.stderr)")
        let none = try home.rows(125, ["collections", "agency", "list", "--user", "coll"])
        #expect(none.isEmpty, "no placement without its file: \(none)")

        // Placed; the file carries the account, the balance and the first statement date.
        let placementFile = home.cli.home.appendingPathComponent("acme.csv").path
        let placed = try home.rows(125, ["collections", "agency", "place", "--agency", "ACME", "--out", placementFile, "--user", "coll"])
        #expect(placed.map { [$0[0], $0[2], $0[3], $0[4]] } == [["A1", "1200.00", "yes", ""]], "\(placed)")
        let file = try home.lines(of: placementFile)
        #expect(file.first == "placement,account,guarantor,guarantor_name,address_line1,address_line2,city,state,zip,phone,patient_name,"
                + "service_date,first_statement_date,balance,placed_on", "\(file)")
        let row = try #require(file.count == 2 ? CSVTable.split(file[1]) : nil, "one placement: \(file)")
        #expect(row.count == 15, "\(row)")
        #expect([row[0], row[1], row[2], row[4], row[6], row[7], row[8]] == ["PL1", "A1", "G1", "742 Evergreen Ter", "Springfield", "IL", "62704"],
                "\(row)")
        #expect([row[11], row[12], row[13], row[14]] == ["2026-01-02", "2026-01-05", "1200.00", "\(home.date(125))"], "\(row)")
        #expect(row[3].contains("Rivera") && row[10].contains("Ana"), "\(row)")

        let again = try home.attempt(126, ["collections", "agency", "place", "--agency", "ACME", "--out", placementFile, "--user", "coll",
                                           "--format", "csv"])
        #expect(again.exitCode == 0 && again.stderr.contains("Placed 0 visit(s) with ACME"), "\(again.stderr)")
        #expect(again.stdout.split(separator: "\n").count == 1, "A1 is with ACME already: \(again.stdout)")
        #expect(try home.rows(126, ["collections", "agency", "list", "--user", "coll"]).map { $0[0] } == ["PL1"])

        // Day 130: the agency returns a $200 payment and a dispute.
        let returns = try home.write("acme-returns.csv", """
            \(Self.returnHeader)
            PL1,A1,payment,200.00,2026-05-14,ACME-1001
            PL1,A1,dispute,,2026-05-14,ACME-1002

            """)
        let imported = try home.rows(130, ["collections", "agency", "import", "--agency", "ACME", returns, "--user", "coll"])
        #expect(imported.map { [$0[0], $0[3], $0[4], $0[5]] } == [["2", "payment", "200.00", "posted"], ["3", "dispute", "0.00", "task for collections"]],
                "\(imported)")
        let afterPayment = try home.balances(130)
        #expect(afterPayment["A1"]?.patient == "1000.00", "$1,200.00 less the agency's $200.00: \(afterPayment)")
        let disputes = try home.rows(130, ["tasks", "list", "--role", "collections", "--user", "coll"]).filter { $0[6] == "collections.agency-dispute" }
        #expect(disputes.count == 1 && disputes.first?[7] == "A1" && disputes.first?[1] == "high", "\(disputes)")

        let twice = try home.on(131, ["collections", "agency", "import", "--agency", "ACME", returns, "--user", "coll"])
        #expect(twice.stderr.contains("2 line(s) were imported before and changed nothing"), "\(twice.stderr)")
        let afterRepeat = try home.balances(131)
        #expect(afterRepeat["A1"]?.patient == "1000.00", "a second import posts nothing: \(afterRepeat)")
        let stillOne = try home.rows(131, ["tasks", "list", "--role", "collections", "--user", "coll"]).filter { $0[6] == "collections.agency-dispute" }
        #expect(stillOne.count == 1, "and opens no second task: \(stillOne)")

        let malformed = try home.write("acme-bad.csv", """
            \(Self.returnHeader)
            PL1,A1,payment,50.00,2026-05-15,ACME-1003
            PL1,A1,payment,12.3x,2026-05-15,ACME-1004

            """)
        let refused = try home.attempt(132, ["collections", "agency", "import", "--agency", "ACME", malformed, "--user", "coll"])
        #expect(refused.exitCode != 0, "\(refused.stdout)")
        #expect(refused.stderr.contains("acme-bad.csv:3") && refused.stderr.contains("\"12.3x\" is not an amount"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("acme-bad.csv:2"), "line 2 is fine: \(refused.stderr)")
        let afterRefusal = try home.balances(132)
        #expect(afterRefusal["A1"]?.patient == "1000.00", "nothing from the refused file posts, not even line 2: \(afterRefusal)")

        // Recalled while the dispute is validated, then written off to bad debt.
        let recallFile = home.cli.home.appendingPathComponent("acme-recall.csv").path
        let lost = try home.attempt(133, ["collections", "agency", "recall", "PL1", "--reason", "Patient disputes the debt", "--out", nowhere,
                                          "--user", "coll"])
        #expect(lost.exitCode == 64 && lost.stderr.contains("cannot be written"), "\(lost.stderr)")
        let stillPlaced = try home.rows(133, ["collections", "agency", "list", "--user", "coll"])
        #expect(stillPlaced.first?[5] == "", "not recalled without its file: \(stillPlaced)")
        try home.on(133, ["collections", "agency", "recall", "PL1", "--reason", "Patient disputes the debt", "--out", recallFile, "--user", "coll"])
        #expect(try home.lines(of: recallFile) == ["placement,account,recalled_on,reason", "PL1,A1,\(home.date(133)),Patient disputes the debt"])
        #expect(try home.rows(133, ["collections", "agency", "list", "--user", "coll"]).first?[5] == "\(home.date(133)): Patient disputes the debt")
        try home.on(140, ["collections", "writeoff", "--account", "A1", "--reason", "Validated; uncollectable after agency recall", "--user", "coll"])
        #expect(try home.balances(140)["A1"]?.patient == "0.00")

        // The agency then remits $150 it collected: bad debt is reinstated first, then paid.
        let late = try home.write("acme-late.csv", """
            \(Self.returnHeader)
            PL1,A1,payment,150.00,2026-05-30,ACME-1005

            """)
        try home.on(146, ["collections", "agency", "import", "--agency", "ACME", late, "--user", "coll"])
        let ledger = try home.rows(146, ["ledger", "show", "A1", "--user", "coll"])
        let badDebt = ledger.filter { $0[4] == "adj:bad-debt" }.map { "\($0[3]): \($0[5])" }
        #expect(badDebt == ["bad debt: Validated; uncollectable after agency recall: 1000.00", "bad debt recovered by ACME: -150.00"], "\(ledger)")
        let recovery = try #require(ledger.first { $0[3] == "bad debt recovered by ACME" })
        #expect(ledger.contains { $0[0] == recovery[0] && $0[4] == "ar:patient" && $0[5] == "150.00" }, "the recovery reinstates the receivable: \(ledger)")
        #expect(ledger.contains { $0[3].hasPrefix("payment collected by ACME") && $0[4] == "cash" && $0[5] == "150.00" }, "\(ledger)")
        let recovered = try home.balances(146)
        #expect(recovered["A1"]?.patient == "0.00", "reinstated and paid: nothing owed: \(recovered)")
        try home.on(146, ["ledger", "verify", "--user", "biller"])
    }

    @Test("A patient's own payment after a write-off reinstates the bad debt first instead of becoming a credit, and a repeat posts nothing")
    func aPatientPaymentAfterAWriteOffReinstatesBadDebt() throws {
        let home = try CollectionsHome.selfPay()
        try home.on(1, ["collections", "writeoff", "--account", "A1", "--amount", "400.00", "--reason", "Partly uncollectable", "--user", "coll"])
        let payment = ["collections", "payment", "--account", "A1", "--amount", "800.00", "--method", "check", "--reference", "5001", "--user", "coll"]
        try home.on(2, payment)
        try home.on(2, at: "17:00:00Z", payment)
        let paid = try home.balances(3)
        #expect(paid["A1"] == .init(patient: "0.00", credit: "0.00"), "what was still owed is paid; a repeat changes nothing: \(paid)")

        let late = ["collections", "payment", "--account", "A1", "--amount", "100.00", "--method", "check", "--reference", "5002", "--user", "coll"]
        try home.on(5, late)
        try home.on(5, at: "17:00:00Z", late)
        let recovered = try home.balances(6)
        #expect(recovered["A1"] == .init(patient: "0.00", credit: "0.00"), "the $100.00 recovers bad debt; it is no credit: \(recovered)")
        let badDebt = try home.rows(6, ["ledger", "show", "A1", "--user", "coll"]).filter { $0[4] == "adj:bad-debt" }.map(\.[5])
        #expect(badDebt == ["400.00", "-100.00"], "written off $400.00, $100.00 of it recovered once: \(badDebt)")
        #expect(try home.rows(6, ["collections", "credits", "list", "--user", "coll"]).isEmpty)
        try home.on(6, ["ledger", "verify", "--user", "biller"])
    }
}
