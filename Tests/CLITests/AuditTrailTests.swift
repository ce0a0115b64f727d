import Foundation
import GRDB
import RevCycleCore
import RevCycleHost
import RevCycleStore
import RevCycleTesting
import Testing

@Suite("Audit rows and permissions, end to end")
struct AuditTrailTests {
    /// A home with one patient, guarantor, account and charge, ready for the commands below.
    static func homeWithAPatient() throws -> CLIRunner {
        let cli = try CLIRunner.initialised()
        try cli.expectSuccess("access", "register", "--mrn", "1001", "--family", "Rivera", "--given", "Ana",
                              "--birth-date", "1984-03-09", "--user", "fdesk")
        try cli.expectSuccess("access", "open-account", "--patient", "P1", "--guarantor", "G1", "--service-date", "2026-10-02",
                              "--user", "fdesk")
        try cli.expectSuccess("billing", "charge", "--account", "A1", "--code", "99213", "--amount", "125.00", "--payer", "MEDICARE",
                              "--user", "biller", "--key", "c1")
        return cli
    }

    static func auditRows(_ cli: CLIRunner) throws -> [Row] {
        let queue = try DatabaseQueue(path: cli.databasePath)
        return try queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq") }
    }

    @Test("Every command that reads or writes a patient leaves an audit row naming the patient", arguments: [
        ["access", "register", "--mrn", "1002", "--family", "Rivera", "--given", "Leo", "--birth-date", "2019-07-21", "--guarantor", "G1", "--user", "fdesk"],
        ["access", "open-account", "--patient", "P1", "--guarantor", "G1", "--service-date", "2026-11-01", "--user", "fdesk"],
        ["billing", "charge", "--account", "A1", "--code", "36415", "--amount", "18.00", "--self-pay", "--user", "biller"],
        ["billing", "payment", "--account", "A1", "--payer", "MEDICARE", "--amount", "80.00", "--contractual", "20.00", "--trace", "T1", "--user", "biller"],
        ["billing", "transfer", "--account", "A1", "--amount", "5.00", "--from", "insurance:MEDICARE", "--to", "patient", "--user", "biller"],
        ["collections", "payment", "--account", "A1", "--amount", "10.00", "--method", "cash", "--reference", "R1", "--user", "coll"],
        ["counseling", "discount", "--account", "A1", "--percent", "50", "--application", "FA-1", "--user", "counsel"],
        ["ledger", "show", "A1", "--user", "biller"],
        ["ledger", "show", "G1", "--user", "coll"],
        ["tasks", "add", "--role", "billing", "--title", "Look at A1", "--account", "A1", "--user", "coll"],
    ])
    func patientCommandsAreAudited(arguments: [String]) throws {
        let cli = try Self.homeWithAPatient()
        if arguments.first == "collections" || arguments.first == "counseling" {
            try cli.expectSuccess("billing", "transfer", "--account", "A1", "--amount", "25.00", "--from", "insurance:MEDICARE",
                                  "--to", "patient", "--user", "biller")
        }
        let before = try Self.auditRows(cli).count
        let outcome = try cli.run(arguments)
        #expect(outcome.exitCode == 0, "\(arguments.joined(separator: " ")): \(outcome.stderr)")
        let rows = try Self.auditRows(cli).dropFirst(before)
        let user = arguments[arguments.firstIndex(of: "--user")! + 1]
        #expect(!rows.isEmpty, "no audit row for \(arguments.joined(separator: " "))")
        #expect(rows.contains { ($0["patient_id"] as Int64?) != nil && ($0["user"] as String) == user && ($0["outcome"] as String) == "allowed" },
                "no audit row by \(user) naming the patient")
    }

    @Test func aDeniedAttemptIsRefusedAndAudited() throws {
        let cli = try Self.homeWithAPatient()
        let outcome = try cli.run("access", "register", "--mrn", "9", "--family", "X", "--given", "Y", "--birth-date", "2000-01-01",
                                  "--user", "biller")
        #expect(outcome.exitCode == 77)
        #expect(outcome.stderr.contains("User biller may not run this command: it needs the access role"))
        let last = try #require(try Self.auditRows(cli).last)
        #expect(last["user"] as String == "biller" && last["outcome"] as String == "denied" && last["action"] as String == "access.register")
    }

    @Test func onlyAnAdminsLoginMayActAsSomeoneElse() throws {
        // The OS login running the tests is mapped to a clerk; the admin signs in from another login.
        let home = try TestFixtures.temporaryFolder()
        let cli = CLIRunner(home: home)
        try cli.expectSuccess("init", "--admin-name", "itadmin")
        let database = try RevCycleDatabase.open(at: URL(fileURLWithPath: cli.databasePath))
        try database.writer.write { db in
            try db.execute(sql: "UPDATE staff_user SET os_accounts = 'someone-else' WHERE name = 'itadmin'")
            try db.execute(sql: "INSERT INTO staff_user (name, display_name, roles, os_accounts, active, created_at) VALUES ('clerk', 'Clerk', 'access', ?, 1, 0)",
                           arguments: [OperatingSystemLogin.current()])
        }
        let outcome = try cli.run("modules", "list", "--user", "itadmin")
        #expect(outcome.exitCode == 77)
        #expect(outcome.stderr.contains("User clerk may not act as itadmin"))
        let last = try #require(try Self.auditRows(cli).last)
        #expect(last["user"] as String == "clerk" && last["outcome"] as String == "denied")
        #expect(try cli.run("modules", "list").exitCode == 0, "the clerk may list modules as themself")
    }

    @Test func aBadAmountChangesNothingAndSaysWhatWasExpected() throws {
        let cli = try Self.homeWithAPatient()
        let before = try Self.auditRows(cli).count
        let outcome = try cli.run("billing", "charge", "--account", "A1", "--code", "99213", "--amount", "12.345", "--self-pay",
                                  "--user", "biller")
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.contains("\"12.345\" is not an amount; expected dollars and cents"))
        let queue = try DatabaseQueue(path: cli.databasePath)
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM journal_entry") } == 1)
        #expect(try Self.auditRows(cli).count == before)
    }

    @Test func ledgerAndAuditVerifyFindTamperingAndExit3() throws {
        let cli = try Self.homeWithAPatient()
        try cli.expectSuccess("ledger", "verify")
        try cli.expectSuccess("audit", "verify")
        let database = try RevCycleDatabase.open(at: URL(fileURLWithPath: cli.databasePath))
        try database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER posting_refuses_update; UPDATE posting SET amount = 1 WHERE entry_id = 1 AND line = 1")
            try db.execute(sql: "DROP TRIGGER audit_refuses_update; UPDATE audit SET user = 'nobody' WHERE seq = 3")
        }
        let ledger = try cli.run("ledger", "verify")
        #expect(ledger.exitCode == 3)
        #expect(ledger.stderr.contains("trigger posting_refuses_update is missing"))
        #expect(ledger.stdout.contains("entry E1 does not balance"))
        let audit = try cli.run("audit", "verify")
        #expect(audit.exitCode == 3)
        #expect(audit.stderr.contains("audit row 3 was altered"))
    }

    @Test func reportsComeAsJSONAndCSVForScripts() throws {
        let cli = try Self.homeWithAPatient()
        let json = try cli.expectSuccess("ledger", "show", "A1", "--user", "biller", "--format", "json")
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.count == 2)
        #expect(rows?.contains { $0["bucket"] as? String == "ar:insurance:MEDICARE" && $0["amount"] as? String == "125.00" } == true)
        let csv = try cli.expectSuccess("ledger", "show", "G1", "--user", "coll", "--format", "csv")
        #expect(csv.stdout == "account,insurance,patient,credit,total\nA1,125.00,0.00,0.00,125.00\n")
    }
}
