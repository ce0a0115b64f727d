import Foundation
import GRDB
import Testing

@Suite("Events recorded with their change and delivered to subscribed modules")
struct EventTests {
    static func tasks(_ cli: CLIRunner) throws -> [Row] {
        try DatabaseQueue(path: cli.databasePath).read { db in try Row.fetchAll(db, sql: "SELECT * FROM work_item ORDER BY id") }
    }

    static func events(_ cli: CLIRunner) throws -> [Row] {
        try DatabaseQueue(path: cli.databasePath).read { db in try Row.fetchAll(db, sql: "SELECT * FROM host_event ORDER BY seq") }
    }

    @Test func anOverpaymentHandsACreditBalanceTaskToCollectionsOnce() throws {
        let cli = try AuditTrailTests.homeWithAPatient()
        try cli.expectSuccess("billing", "transfer", "--account", "A1", "--amount", "25.00", "--from", "insurance:MEDICARE",
                              "--to", "patient", "--user", "biller")
        let payment = ["collections", "payment", "--account", "A1", "--amount", "40.00", "--method", "check",
                       "--reference", "1182", "--user", "coll"]
        try cli.expectSuccess(payment)
        try cli.expectSuccess(payment)  // the same check again: nothing new, no second event or task
        let events = try Self.events(cli).filter { $0["name"] as String? != "billing.charge.posted" }
        #expect(events.count == 1)
        #expect(events.first?["name"] as String? == "collections.payment.posted")
        #expect((events.first?["fields"] as String?)?.contains("\"credit_cents\":\"1500\"") == true)
        let tasks = try Self.tasks(cli)
        #expect(tasks.count == 1)
        #expect(tasks.first?["kind"] as String? == "collections.credit-balance")
        #expect(tasks.first?["role"] as String? == "collections")
        #expect((tasks.first?["title"] as String?)?.contains("$15.00 on A1") == true)
        #expect(tasks.first?["created_by"] as String? == "module:collections")
        let listed = try cli.expectSuccess("events", "--name", "collections.payment.posted", "--format", "csv")
        #expect(listed.stdout.contains("collections.payment.posted,A1,amount_cents=4000 credit_cents=1500 method=check reference=1182"),
                "\(listed.stdout)")
        #expect(try cli.run("events", "--user", "biller").exitCode == 77, "billing staff do not read the event log")
    }

    @Test func aPaymentWithoutACreditCreatesNoTaskAndAnOffModuleReceivesNothing() throws {
        let cli = try AuditTrailTests.homeWithAPatient()
        try cli.expectSuccess("billing", "payment", "--account", "A1", "--payer", "MEDICARE", "--amount", "80.00", "--trace", "T1",
                              "--user", "biller")
        #expect(try Self.tasks(cli).isEmpty)
        try cli.expectSuccess("modules", "disable", "collections")
        try cli.expectSuccess("billing", "payment", "--account", "A1", "--payer", "MEDICARE", "--amount", "90.00", "--trace", "T2",
                              "--user", "biller")
        #expect(try Self.events(cli).filter { $0["name"] as String? == "billing.payment.posted" }.count == 2)
        #expect(try Self.tasks(cli).isEmpty, "a disabled module's handler ran")
    }

    @Test func aPayerOverpaymentReachesCollectionsThroughTheHostNotAnImport() throws {
        let cli = try AuditTrailTests.homeWithAPatient()
        try cli.expectSuccess("billing", "payment", "--account", "A1", "--payer", "MEDICARE", "--amount", "130.00", "--trace", "T9",
                              "--user", "biller")
        let tasks = try Self.tasks(cli)
        #expect(tasks.count == 1 && (tasks.first?["title"] as String?)?.contains("$5.00") == true)
    }
}

@Suite("Repeated requests whose amounts depend on a balance post once")
struct BalanceDependentRepeatTests {
    @Test func aRepeatedDiscountOrTransferPostsNothingNewAndAnotherPercentIsRefused() throws {
        let cli = try AuditTrailTests.homeWithAPatient()
        let transfer = ["billing", "transfer", "--account", "A1", "--amount", "125.00", "--from", "insurance:MEDICARE", "--to", "patient",
                        "--key", "t1", "--user", "biller"]
        try cli.expectSuccess(transfer)
        let again = try cli.expectSuccess(transfer)  // MEDICARE now owes nothing, but this is the same request
        #expect(again.stdout.contains("already posted"))
        let discount = ["counseling", "discount", "--account", "A1", "--percent", "40", "--application", "FA-9", "--user", "counsel"]
        let first = try cli.expectSuccess(discount)
        #expect(first.stdout.contains("patient owes    $75.00"), "\(first.stdout)")
        let repeated = try cli.expectSuccess(discount)
        #expect(repeated.stdout.contains("already posted") && repeated.stdout.contains("patient owes    $75.00"), "\(repeated.stdout)")
        let other = try cli.run("counseling", "discount", "--account", "A1", "--percent", "50", "--application", "FA-9", "--user", "counsel")
        #expect(other.exitCode == 75, "\(other.stderr)")
        #expect(other.stderr.contains("already used by entry"))
        try cli.expectSuccess("ledger", "verify")
    }

    @Test("A transfer without --amount moves all the payer still owes; with nothing left it is refused and posts nothing")
    func aTransferOfEverythingOwed() throws {
        let cli = try AuditTrailTests.homeWithAPatient()
        let all = ["billing", "transfer", "--account", "A1", "--from", "insurance:MEDICARE", "--to", "patient", "--user", "biller"]
        let moved = try cli.expectSuccess(all + ["--key", "all-1"])
        #expect(moved.stdout.contains("$125.00"), "the whole $125.00 Medicare owed moved: \(moved.stdout)")
        let nothing = try cli.run(all + ["--key", "all-2"])
        #expect(nothing.exitCode == 64 && nothing.stderr.contains("insurance:MEDICARE owes nothing on A1"), "\(nothing.exitCode) \(nothing.stderr)")
        try cli.expectSuccess("ledger", "verify")
    }

    @Test("A payment entered again on a later day with the same reference posts nothing, and the refusal names the first day")
    func aRepeatOnALaterDayNamesTheFirstDay() throws {
        let home = try CollectionsHome.selfPay()
        let payment = ["collections", "payment", "--account", "A1", "--amount", "50.00", "--method", "check", "--reference", "CHK-1042",
                       "--user", "coll"]
        try home.on(1, payment)
        let again = try home.attempt(3, payment)
        #expect(again.exitCode == 75, "\(again.exitCode) \(again.stderr)")
        #expect(again.stderr.contains("on 2026-01-06 (this request is dated 2026-01-08)"), "\(again.stderr)")
        #expect(again.stderr.contains("it is posted already"), "\(again.stderr)")
        try home.cli.expectSuccess("ledger", "verify")
    }
}
