import Foundation
import GRDB
import RevCycleCore
import RevCycleSandbox
import Testing

/// The front desk's day, end to end through the CLI: eligibility through the sandbox payer,
/// appointments, estimates, check-in with the copay collected on a card.
@Suite("Front desk: eligibility, appointments, estimates and check-in collection, end to end")
struct FrontDeskTests {
    /// Aetna member whom the sandbox payer places on its Gold PPO (office copay $20, deductible
    /// $500 with none met, coinsurance 10%) — fixed by the sandbox's stable draw on the member id.
    static let goldMember = "W100000008"

    static var today: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "America/Chicago")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    static func insuredPatient() throws -> CLIRunner {
        let cli = try PatientAccessTests.homeWithAna()
        try cli.expectSuccess("access", "coverage", "add", "--patient", "P1", "--payer", "AETNA", "--member-id", goldMember,
                              "--subscriber-relationship", "self", "--priority", "primary", "--effective", "2026-01-01", "--user", "fdesk")
        try cli.expectSuccess("access", "appointment", "schedule", "--patient", "P1", "--provider", "1548207632",
                              "--at", "\(today) 23:59", "--location", "Main St clinic", "--services", "99213,80053", "--user", "fdesk")
        return cli
    }

    static func rows(_ cli: CLIRunner, _ sql: String) throws -> [Row] {
        try DatabaseQueue(path: cli.databasePath).read { db in try Row.fetchAll(db, sql: sql) }
    }

    static func counts(_ cli: CLIRunner) throws -> [String: Int] {
        try DatabaseQueue(path: cli.databasePath).read { db in
            var counts: [String: Int] = [:]
            for table in ["journal_entry", "posting", "account", "access_checkin", "access_eligibility", "access_estimate", "work_item"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
            }
            counts["checked in"] = try Int.fetchOne(db, sql: "SELECT count(*) FROM access_appointment WHERE status = 'checked-in'") ?? 0
            counts["answered"] = try Int.fetchOne(db, sql: "SELECT count(*) FROM access_eligibility WHERE status != 'sent'") ?? 0
            return counts
        }
    }

    /// Runs the independent validator (linuxforhealth-x12) over every 270 sent and, with `answers`,
    /// every 271 read. (linuxforhealth 0.57.0 wrongly refuses a subscriber-level `AAA*N**75*C`,
    /// which the guide allows, so answers that reject a member are checked by our parser only.)
    static func expectValidExchangeFiles(_ cli: CLIRunner, answers: Bool = true,
                                         sourceLocation: SourceLocation = #_sourceLocation) throws {
        let exchange = cli.home.appendingPathComponent("var/exchange/default")
        var files: [String] = []
        for folder in ["outbox/sent"] + (answers ? ["processed"] : []) {
            let url = exchange.appendingPathComponent(folder)
            files += ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).map { url.appendingPathComponent($0).path }
        }
        #expect(!files.isEmpty, "no 270/271 files were exchanged", sourceLocation: sourceLocation)
        try CLIRunner.expectValidX12(files, validator: "x12-validate-eligibility.py", what: "linuxforhealth-x12 refused an exchanged file",
                                     sourceLocation: sourceLocation)
    }

    @Test("A day's batch sends one 270 file per payer for everyone scheduled with coverage, and lists the self-pay patients")
    func aDaysBatchSendsOneFilePerPayer() throws {
        let cli = try Self.insuredPatient()
        try cli.expectSuccess("access", "register", "--mrn", "100300", "--family", "Okafor", "--given", "James", "--birth-date", "1957-11-30",
                              "--sex", "M", "--user", "fdesk")
        try cli.expectSuccess("access", "register", "--mrn", "100301", "--family", "Chen", "--given", "Mei", "--birth-date", "1990-01-30",
                              "--user", "fdesk")
        try cli.expectSuccess("access", "coverage", "add", "--patient", "P2", "--payer", "MEDICARE", "--member-id", "1EG4TE5MK72",
                              "--subscriber-relationship", "self", "--priority", "primary", "--effective", "2026-01-01", "--user", "fdesk")
        for patient in ["P2", "P3"] {
            try cli.expectSuccess("access", "appointment", "schedule", "--patient", patient, "--provider", "1548207632",
                                  "--at", "\(Self.today) 23:00", "--location", "Main St clinic", "--services", "99214", "--user", "fdesk")
        }
        let batch = try cli.expectSuccess("access", "eligibility", "batch", "--date", Self.today, "--user", "fdesk", "--format", "csv")
        #expect(batch.stdout.split(separator: "\n").count == 3, "a header and two answers: \(batch.stdout)")
        #expect(batch.stdout.contains("P1,AETNA") && batch.stdout.contains("P2,MEDICARE"), "\(batch.stdout)")
        let sent = try FileManager.default.contentsOfDirectory(atPath: cli.home.appendingPathComponent("var/exchange/default/outbox/sent").path)
        #expect(sent.count == 2 && sent.contains { $0.contains("-aetna-") } && sent.contains { $0.contains("-medicare-") }, "\(sent)")
        let table = try cli.expectSuccess("access", "eligibility", "batch", "--date", Self.today, "--user", "fdesk")
        #expect(table.stdout.contains("self-pay, try eligibility discover): P3"), "\(table.stdout)")
        try Self.expectValidExchangeFiles(cli)
    }

    @Test("Register, cover, verify, schedule, estimate, check in and collect the copay: the ledger shows it and every step is audited")
    func aVisitFromRegistrationToCopay() throws {
        let cli = try Self.insuredPatient()
        let eligibility = try cli.expectSuccess("access", "eligibility", "check", "P1", "--appointment", "V1", "--user", "fdesk", "--format", "json")
        for text in ["\"status\" : \"active\"", "\"plan\" : \"Gold PPO\"", "\"copay (office)\" : \"20.00\"", "\"coinsurance\" : \"10%\"",
                     "\"deductible left\" : \"500.00\""] {
            #expect(eligibility.stdout.contains(text), "eligibility lacks \(text): \(eligibility.stdout)")
        }
        let list = try cli.expectSuccess("access", "appointment", "list", "--date", Self.today, "--user", "fdesk")
        #expect(list.stdout.contains("3/4: needs estimate"), "\(list.stdout)")

        // 99213 allowed $118.00 with the $20 office copay (no deductible); 80053 allowed $21.00 all to the deductible.
        let estimate = try cli.expectSuccess("access", "estimate", "create", "V1", "--user", "fdesk", "--format", "json")
        #expect(estimate.stdout.contains("\"patient share\" : \"41.00\""), "\(estimate.stdout)")
        #expect(estimate.stdout.contains("\"insurance share\" : \"98.00\""), "\(estimate.stdout)")
        #expect(try cli.expectSuccess("access", "appointment", "list", "--date", Self.today, "--user", "fdesk").stdout.contains("complete"))

        let due = try cli.expectSuccess("access", "check-in", "V1", "--user", "fdesk")
        #expect(due.stdout.contains("$20.00") && due.stdout.contains("Nothing was recorded"), "\(due.stdout)")
        let receipt = try cli.runWithInput("4242424242424242 12/29 123\n", "access", "check-in", "V1", "--pay", "card", "--card-stdin", "--user", "fdesk")
        #expect(receipt.exitCode == 0, "\(receipt.stderr)")
        for text in ["Visa ending 4242", "$20.00", "held for this visit"] {
            #expect(receipt.stdout.contains(text), "receipt lacks \(text): \(receipt.stdout)")
        }
        #expect(!receipt.stdout.contains("4242424242424242"))

        let ledger = try cli.expectSuccess("ledger", "show", "A1", "--user", "biller")
        #expect(ledger.stdout.contains("check-in V1") && ledger.stdout.contains("$20.00"), "\(ledger.stdout)")
        let checkin = try Self.rows(cli, "SELECT * FROM access_checkin")
        #expect(checkin.count == 1 && checkin[0]["collected_cents"] == 2_000 && checkin[0]["card_last_four"] == "4242")
        #expect(try cli.run("ledger", "verify", "--user", "biller").exitCode == 0)
        try cli.expectSuccess("audit", "verify")

        let audit = try cli.expectSuccess("audit", "show", "--patient", "P1", "--limit", "200", "--format", "csv")
        for action in ["access.patient.register", "coverage.add", "access.eligibility.verify", "access.eligibility.answer",
                       "access.appointment.schedule", "access.estimate.issue", "access.appointment.check-in", "ledger.post"] {
            #expect(audit.stdout.contains(action), "no audit row for \(action)")
        }
        try Self.expectValidExchangeFiles(cli)
        // Billing learned the visit's provider from the check-in: the charge needs no --provider.
        try cli.expectSuccess("billing", "charge", "--account", "A1", "--code", "99213", "--payer", "AETNA", "--user", "biller")
        let rendering = try Self.rows(cli, "SELECT rendering_npi FROM billing_charge")
        #expect(rendering.first?["rendering_npi"] == "1548207632", "the provider seen, not the site's first (1003000126)")
        let database = try String(contentsOf: URL(fileURLWithPath: cli.databasePath), encoding: .isoLatin1)
        #expect(!database.contains("4242424242424242"), "the card number must never reach the database")
    }

    @Test("A charge approved by an attempt that recorded nothing is posted by the next check-in, never charged twice")
    func anApprovedChargeFromAFailedAttemptIsPostedNotRepeated() throws {
        let cli = try Self.insuredPatient()
        try cli.expectSuccess("access", "eligibility", "check", "P1", "--user", "fdesk")
        // The gateway approved $20.00 for V1, then the desk's posting failed (simulated: the charge exists, nothing was recorded).
        let gateway = try SandboxCardGateway(file: cli.home.appendingPathComponent("var/sandbox/default/gateway.sqlite"),
                                             clock: SystemWallClock(), timeZone: TimeZone(identifier: "America/Chicago")!)
        let card = try gateway.tokenize(try CardEntry(number: "4242424242424242", expiry: "12/29"))
        _ = try gateway.charge(ChargeRequest(token: card.token, amount: Money(cents: 2_000),
                                             idempotencyKey: "access.checkin:default:V1:2000:\(card.fingerprint)", reference: "V1"))
        let other = try cli.runWithInput("4242424242424242 12/29\n", "access", "check-in", "V1", "--pay", "card", "--card-stdin",
                                         "--amount", "15.00", "--not-collected", "partial", "--user", "fdesk")
        #expect(other.exitCode == 75 && other.stderr.contains("already charged $20.00 for V1"), "\(other.stderr)")
        let same = try cli.runWithInput("4242 4242 4242 4242 12/29\n", "access", "check-in", "V1", "--pay", "card", "--card-stdin", "--user", "fdesk")
        #expect(same.exitCode == 0 && same.stdout.contains("$20.00"), "\(same.stderr)")
        #expect(try gateway.approvedCharges(reference: "V1").count == 1, "one charge at the processor")
        let posted = try Self.rows(cli, "SELECT collected_cents FROM access_checkin")
        #expect(posted.count == 1 && posted[0]["collected_cents"] == 2_000)
    }

    @Test("A no-show is marked only once the day has come, and a missed visit cannot be checked in")
    func aNoShowIsMarkedOnTheDay() throws {
        let cli = try Self.insuredPatient()
        try cli.expectSuccess("access", "appointment", "schedule", "--patient", "P1", "--provider", "1003000126",
                              "--at", "2099-01-05 09:00", "--location", "Main St clinic", "--services", "99213", "--user", "fdesk")
        let early = try cli.run("access", "appointment", "no-show", "V2", "--user", "fdesk")
        #expect(early.exitCode == 75 && early.stderr.contains("once that day has come"), "\(early.stderr)")
        let marked = try cli.expectSuccess("access", "appointment", "no-show", "V1", "--note", "no answer to the reminder call", "--user", "fdesk")
        #expect(marked.stdout.contains("no-show"), "\(marked.stdout)")
        let checkIn = try cli.run("access", "check-in", "V1", "--user", "fdesk")
        #expect(checkIn.exitCode == 75, "\(checkIn.stderr)")
        #expect(try cli.expectSuccess("access", "appointment", "show", "V1", "--user", "fdesk").stdout.contains("no answer to the reminder call"))
    }

    @Test("A declined card records nothing and says why; the same visit then checks in with cash")
    func aDeclinedCardRecordsNothing() throws {
        let cli = try Self.insuredPatient()
        try cli.expectSuccess("access", "eligibility", "check", "P1", "--user", "fdesk")
        let before = try Self.counts(cli)
        let declined = try cli.runWithInput("4000000000009995 12/29\n", "access", "check-in", "V1", "--pay", "card", "--card-stdin", "--user", "fdesk")
        #expect(declined.exitCode == 76, "\(declined.stderr)")
        #expect(declined.stderr.contains("insufficient funds"), "\(declined.stderr)")
        #expect(try Self.counts(cli) == before)
        try cli.expectSuccess("access", "check-in", "V1", "--pay", "cash", "--reference", "R-1", "--user", "fdesk")
        #expect(try Self.counts(cli)["access_checkin"] == 1)
    }

    @Test("A member the payer does not know becomes an urgent task for the desk, and no benefits are kept")
    func anUnknownMemberBecomesATask() throws {
        let cli = try PatientAccessTests.homeWithAna()
        try cli.expectSuccess("access", "coverage", "add", "--patient", "P1", "--payer", "AETNA", "--member-id", "NOTFOUND1",
                              "--subscriber-relationship", "self", "--priority", "primary", "--effective", "2026-01-01", "--user", "fdesk")
        let answer = try cli.expectSuccess("access", "eligibility", "check", "P1", "--user", "fdesk")
        #expect(answer.stdout.contains("not-found") && answer.stdout.contains("AAA 75"), "\(answer.stdout)")
        let tasks = try cli.expectSuccess("tasks", "list", "--role", "access", "--user", "fdesk")
        #expect(tasks.stdout.contains("Eligibility member not found: P1 with AETNA"), "\(tasks.stdout)")
    }

    @Test("A terminated member's coverage is reported inactive with a task; ending the coverage makes the patient self-pay")
    func terminatedCoverageIsEndedAndThePatientBecomesSelfPay() throws {
        let cli = try PatientAccessTests.homeWithAna()
        try cli.expectSuccess("access", "coverage", "add", "--patient", "P1", "--payer", "AETNA", "--member-id", "TERM77",
                              "--subscriber-relationship", "self", "--priority", "primary", "--effective", "2025-01-01", "--user", "fdesk")
        let answer = try cli.expectSuccess("access", "eligibility", "check", "P1", "--user", "fdesk")
        #expect(answer.stdout.contains("inactive") && answer.stdout.contains("ended"), "\(answer.stdout)")
        let tasks = try cli.expectSuccess("tasks", "list", "--role", "access", "--user", "fdesk")
        #expect(tasks.stdout.contains("Eligibility coverage inactive"), "\(tasks.stdout)")
        let early = try cli.run("access", "coverage", "end", "C1", "--on", "2024-12-31", "--reason", "payer says so", "--user", "fdesk")
        #expect(early.exitCode == 64 && early.stderr.contains("cannot end before"), "\(early.stderr)")
        try cli.expectSuccess("access", "coverage", "end", "C1", "--on", "2025-12-31", "--reason", "271 reports the plan ended",
                              "--user", "fdesk")
        let listed = try cli.expectSuccess("access", "coverage", "list", "--patient", "P1", "--format", "csv", "--user", "fdesk")
        #expect(listed.stdout.contains("2025-12-31,no"), "\(listed.stdout)")
        let check = try cli.run("access", "eligibility", "check", "P1", "--user", "fdesk")
        #expect(check.exitCode == 66 && check.stderr.contains("eligibility discover"), "\(check.stderr)")
    }

    @Test("A malformed 271 in the inbox is refused with the segment named, and changes nothing")
    func aMalformed271ChangesNothing() throws {
        let cli = try Self.insuredPatient()
        let inbox = cli.home.appendingPathComponent("var/exchange/default/inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let garbled = """
            ISA*00*          *00*          *ZZ*SANDBOXPAYER   *ZZ*RCDEFAULT      *261129*1200*^*00501*000000009*0*P*:~
            GS*HB*SANDBOXPAYER*RCDEFAULT*20261129*1200*9*X*005010X279A1~
            ST*271*0001*005010X279A1~
            BHT*0022*11*X*20261129*1200~
            HL*1**20*1~
            NM1*PR*2*Aetna*****PI*60054~
            HL*2*1*21*1~
            NM1*1P*2*Default Community Hospital*****XX*1245319599~
            HL*3*2*22*0~
            NM1*IL*1*RIVERA*ANA****MI*W1~
            EB*C*IND*30***23*12.345~
            SE*10*0001~
            GE*1*9~
            IEA*1*000000009~
            """
        try garbled.write(to: inbox.appendingPathComponent("bad.271"), atomically: true, encoding: .utf8)
        let before = try Self.counts(cli)
        let outcome = try cli.run("access", "eligibility", "receive", "--user", "fdesk")
        #expect(outcome.exitCode == 65, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("bad.271") && outcome.stderr.contains("EB"), "\(outcome.stderr)")
        #expect(try Self.counts(cli) == before)
    }

    @Test("A self-pay visit gets a good-faith estimate with its No Surprises Act deadline, kept as issued and rendered as HTML")
    func aSelfPayVisitGetsAGoodFaithEstimate() throws {
        let cli = try PatientAccessTests.homeWithAna()
        try cli.expectSuccess("access", "appointment", "schedule", "--patient", "P1", "--provider", "1003000126", "--at", "2027-03-15 10:00",
                              "--location", "Imaging", "--services", "70553", "--user", "fdesk")
        let html = cli.home.appendingPathComponent("gfe.html")
        let estimate = try cli.expectSuccess("access", "estimate", "create", "V1", "--diagnosis", "R51.9", "--html", html.path, "--user", "fdesk")
        for text in ["GOOD FAITH ESTIMATE", "NPI 1245319599", "TIN 36-1234567", "70553", "R51.9", "$2,850.00", "within 3 business days",
                     "at least $400.00 more"] {
            #expect(estimate.stdout.contains(text), "good-faith estimate lacks \(text)")
        }
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("<table>") && page.contains("Good Faith Estimate") && !page.contains("<script"))
        let kept = try Self.rows(cli, "SELECT kind, total_charges_cents, patient_cents, due_by FROM access_estimate")
        #expect(kept.count == 1 && kept[0]["kind"] == "good-faith" && kept[0]["patient_cents"] == 285_000)
        #expect((kept[0]["due_by"] as String?) != nil)
    }

    @Test("Coverage discovery finds active coverage for a self-pay patient and says how to record it")
    func discoveryReportsWhatItFinds() throws {
        let cli = try PatientAccessTests.homeWithAna()
        let outcome = try cli.expectSuccess("access", "eligibility", "discover", "P1", "--user", "fdesk")
        #expect(outcome.stdout.contains("AETNA") && outcome.stdout.contains("MEDICARE"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("Found:") || outcome.stdout.contains("No active coverage found"), "\(outcome.stdout)")
        let rows = try Self.rows(cli, "SELECT purpose, status FROM access_eligibility")
        #expect(rows.count == 2 && rows.allSatisfy { $0["purpose"] == "discovery" && $0["status"] != "sent" })
        try Self.expectValidExchangeFiles(cli, answers: false)
    }
}
