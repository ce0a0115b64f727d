import Foundation
import RevCycleCore
import RevCycleHost

/// The simulated clinic: a day loop in which simulated staff run the real `revcycle` commands in this
/// process, with the clock set to each day (the home's clock is settable). Every choice comes from
/// the seed, so the same seed gives the same journal and balances.
struct ClinicSimulation {
    let days: Int
    let patientCount: Int
    let seed: UInt64
    let site: String
    let runFolder: URL
    let source: URL
    let start: CalendarDate

    /// What happened, for the progress line and the summary.
    struct Counts {
        var registered = 0, coverageNotVerified = 0, coverageAdded = 0, eligibilityChecks = 0, discoveries = 0
        var appointments = 0, walkIns = 0, estimates = 0, goodFaithEstimates = 0
        var checkIns = 0, cardPayments = 0, charges = 0
        var claimsCreated = 0, scrubbedClean = 0, scrubEdits = 0, submissions = 0, ackFiles = 0, remittances = 0
        var denials = 0, corrected = 0, appeals = 0, transfersToPatient = 0, statusInquiries = 0, secondaryClaims = 0
        var statements = 0, planRuns = 0, plansCreated = 0, faApplications = 0, faDecided = 0
        var contacts = 0, texts = 0, emails = 0, contactRefusals = 0, textConsents = 0, agencyPlacements = 0, planDefaults = 0
        var creditsApplied = 0, refundsRequested = 0, refundsApproved = 0, refusals = 0
    }

    static let staff = [("fdesk", "access", "Rosa Front Desk"), ("biller", "billing", "Ben Biller"),
                        ("coll", "collections", "Cara Collector"),
                        ("coll2", "collections", "Carl Collections Lead"), ("counsel", "counseling", "Cole Counselor"),
                        ("analyst", "analyst", "Ana Analyst")]
    static let visitServices = [["99213"], ["99214", "80053"], ["99213", "85025", "36415"], ["99214", "93000"], ["99213", "71046"]]
    static let diagnoses = ["E11.9,I10", "J06.9", "R51.9", "I10", "M54.2", "E11.9"]
    static let providers = ["1003000126", "1548207632"]
    static let card = "4242424242424242 12/29 123"
    static let declinedCard = "4000000000009995 12/29"

    func run() throws {
        var session = try Session(simulation: self)
        try session.prepare()
        for day in 0..<days { try session.simulate(day: day) }
        try session.finish()
    }

    /// The mutable state of one run.
    struct Session {
        let simulation: ClinicSimulation
        let runner: InProcessRunner
        var random: SplitMix64
        var patients: [SimulatedPatient]
        var counts = Counts()
        /// Appointment → (patient index, services, is walk-in).
        var scheduled: [Int: [(appointment: String, patient: Int, services: [String])]] = [:]
        /// Accounts whose secondary claim waits for the primary's 835: account → payer attempts left.
        var secondaryPending: [String: Int] = [:]
        var workedDenials: Set<String> = []
        var appealed: Set<String> = []
        /// Guarantors who consented to billing texts at registration.
        var textConsented: Set<String> = []
        var correctedAccounts: Set<String> = []
        var planned: Set<String> = []
        var assisted: Set<String> = []
        var day = 0
        var command: [String] = []
        /// Days and volumes: a bar on a terminal, a line a day in a log.
        let progress: ProgressLine

        init(simulation: ClinicSimulation) throws {
            self.simulation = simulation
            runner = InProcessRunner(scratch: simulation.runFolder.appendingPathComponent("var"))
            random = SplitMix64(seed: simulation.seed)
            progress = ProgressLine(total: simulation.days)
            let clinicDays = (0..<simulation.days).filter { !simulation.start.adding(days: $0).isWeekend }
            guard !clinicDays.isEmpty else { throw SimulationError(message: "the simulated days hold no weekday for the clinic to open") }
            patients = SimulatedPatients.make(count: simulation.patientCount, days: simulation.days, clinicDays: clinicDays, using: &random)
        }

        var folder: URL { simulation.runFolder }
        func date(_ day: Int) -> CalendarDate { simulation.start.adding(days: day) }

        // MARK: - Running commands

        /// Runs a command that must succeed; a failure stops the simulation with the day and the command.
        @discardableResult
        mutating func step(_ arguments: [String], input: String? = nil) throws -> String {
            do {
                return try runner.run(arguments + ["--site", simulation.site], input: input)
            } catch {
                throw SimulationError(message: "day \(day + 1) (\(date(day))): revcycle \(arguments.joined(separator: " ")) failed: \(Self.describe(error))")
            }
        }

        /// Runs a command whose refusal is an expected outcome (a contact rule, a plan's terms): nil when refused.
        mutating func attempt(_ arguments: [String], input: String? = nil) throws -> String? {
            do {
                return try runner.run(arguments + ["--site", simulation.site], input: input)
            } catch where ((error as? CommandFailure)?.error ?? error) is RevCycleError {
                counts.refusals += 1
                return nil
            } catch {
                throw SimulationError(message: "day \(day + 1) (\(date(day))): revcycle \(arguments.joined(separator: " ")) failed: \(Self.describe(error))")
            }
        }

        static func describe(_ error: any Error) -> String {
            if let failure = error as? CommandFailure { return describe(failure.error) + " — it printed: " + failure.standardError }
            if let error = error as? RevCycleError { return error.message + (error.remedy.map { " (try: \($0))" } ?? "") }
            return String(describing: error)
        }

        /// The rows of CSV output as dictionaries keyed by the header.
        static func rows(_ csv: String) -> [[String: String]] {
            let lines = csv.split(separator: "\n").map(String.init)
            guard let header = lines.first.flatMap({ CSVTable.split($0) }) else { return [] }
            return lines.dropFirst().compactMap { line in
                guard let cells = CSVTable.split(line) else { return nil }
                return Dictionary(zip(header, cells), uniquingKeysWith: { first, _ in first })
            }
        }

        // MARK: - Set up

        mutating func prepare() throws {
            let files = FileManager.default
            if files.fileExists(atPath: folder.path) { try files.removeItem(at: folder) }
            try files.createDirectory(at: folder.appendingPathComponent("var"), withIntermediateDirectories: true)
            for name in ["config", "Scripts"] {
                let from = simulation.source.appendingPathComponent(name)
                guard files.fileExists(atPath: from.path) else {
                    throw SimulationError(message: "\(from.path) is missing: run from a RevCycle checkout or pass --from with a folder holding config/ and Scripts/")
                }
                try files.copyItem(at: from, to: folder.appendingPathComponent(name))
            }
            setenv("REVCYCLE_HOME", folder.path, 1)
            unsetenv("REVCYCLE_USER")
            unsetenv(SettableWallClock.environmentVariable)
            _ = try runner.run(["init"])
            let config = folder.appendingPathComponent("config/revcycle.yaml")
            try (try String(contentsOf: config, encoding: .utf8) + "\nclock: settable\n").write(to: config, atomically: true, encoding: .utf8)
            setNow(day: 0)
            for (name, role, display) in ClinicSimulation.staff {
                try step(["users", "add", name, "--name", display, "--role", role])
            }
            for sub in ["statements", "estimates", "agency"] {
                try files.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            }
        }

        mutating func setNow(day: Int) {
            self.day = day
            setenv(SettableWallClock.environmentVariable, "\(date(day))T16:00:00Z", 1)
        }

        // MARK: - A day

        mutating func simulate(day: Int) throws {
            setNow(day: day)
            let today = date(day)
            if !today.isWeekend {
                try frontDesk(day: day)
                try billing(day: day)
            }
            try collections(day: day)
            let claims = counts.claimsCreated + counts.secondaryClaims + counts.corrected
            progress.show(day + 1, "day \(day + 1)/\(simulation.days) \(today): \(counts.registered) patients, \(counts.checkIns) visits, "
                          + "\(claims) claims, \(counts.statements) statements")
        }

        // MARK: - The end

        mutating func finish() throws {
            progress.finish()
            try step(["analytics", "dashboard", "--out", folder.appendingPathComponent("dashboard.html").path, "--user", "analyst"])
            let range = ["--from", "\(date(0))", "--to", "\(date(simulation.days - 1))", "--user", "analyst"]
            let kpis = try step(["analytics", "kpis"] + range)
            // What every run must show: the ledger and the audit chain verify, and the KPIs are those of a clinic.
            let ledger = try step(["ledger", "verify"])
            let audit = try step(["audit", "verify"])
            let claimsSent = counts.claimsCreated + counts.secondaryClaims + counts.corrected
            let judged = claimsSent >= SimulationPlausibility.fewestClaims
            let breaches = judged ? SimulationPlausibility.breaches(in: Self.rows(try step(["analytics", "kpis", "--format", "csv"] + range))) : []
            let c = counts
            let summary: [(String, Int)] = [
                ("patients registered", c.registered), ("coverages added", c.coverageAdded), ("eligibility checks (270/271)", c.eligibilityChecks),
                ("coverage not verified: self-pay", c.coverageNotVerified),
                ("coverage discoveries", c.discoveries), ("appointments", c.appointments), ("walk-ins", c.walkIns),
                ("estimates", c.estimates), ("good-faith estimates", c.goodFaithEstimates), ("check-ins", c.checkIns),
                ("card payments at check-in", c.cardPayments), ("charges", c.charges), ("claims created", c.claimsCreated),
                ("secondary claims", c.secondaryClaims), ("claims scrubbed clean", c.scrubbedClean), ("claims held by edits", c.scrubEdits),
                ("837P files sent", c.submissions), ("999/277CA files read", c.ackFiles), ("835 files posted", c.remittances),
                ("denials worked", c.denials), ("claims corrected", c.corrected), ("appeals", c.appeals),
                ("lapsed coverage to the patient", c.transfersToPatient),
                ("claim status inquiries (276)", c.statusInquiries), ("statements", c.statements),
                ("plan runs", c.planRuns), ("payment plans", c.plansCreated), ("assistance applications", c.faApplications),
                ("assistance decisions", c.faDecided), ("plans defaulted", c.planDefaults), ("contacts logged", c.contacts),
                ("text consents recorded", c.textConsents), ("texts sent (with consent)", c.texts), ("emails sent", c.emails), ("contacts refused by the rules", c.contactRefusals),
                ("agency placements", c.agencyPlacements),
                ("credits applied", c.creditsApplied), ("refunds requested", c.refundsRequested),
                ("refunds approved", c.refundsApproved), ("refusals (expected outcomes)", c.refusals),
            ]
            var text = "Simulation: \(simulation.days) days from \(date(0)), seed \(simulation.seed), site \(simulation.site)\n"
            for (label, value) in summary { text += label.padding(toLength: 34, withPad: " ", startingAt: 0) + String(value) + "\n" }
            text += "\nRun folder: \(folder.path) (database var/revcycle.sqlite, X12 in var/exchange, statements/, dashboard.html)\n"
            text += "Point any command at it: REVCYCLE_HOME=\(folder.path) revcycle ledger show G1\n\n"
            print(text + kpis, terminator: kpis.hasSuffix("\n") ? "" : "\n")
            print("\nChecks:")
            print("  ledger verify: " + Self.oneLine(ledger))
            print("  audit verify:  " + Self.oneLine(audit))
            print("  KPI ranges:    " + (!judged ? "not judged: \(claimsSent) claims; the ranges need at least \(SimulationPlausibility.fewestClaims)"
                                     : breaches.isEmpty ? "all \(SimulationPlausibility.bounds.count) within the ranges the sandbox is configured for"
                                     : "\(breaches.count) outside"))
            for breach in breaches { print("    - \(breach)") }
            unsetenv(SettableWallClock.environmentVariable)
            // The ranges are set for runs of up to SimulationPlausibility.longestRun days; past that, unpaid
            // patient balances pile up faster than 501(r) lets them go to an agency, and a breach is a note.
            if !breaches.isEmpty, simulation.days > SimulationPlausibility.longestRun {
                print("  (the ranges are set for runs of up to \(SimulationPlausibility.longestRun) days; this run is \(simulation.days) days)")
                return
            }
            guard breaches.isEmpty else {
                throw SimulationError(message: "the run finished, but \(breaches.count) KPI(s) fall outside their plausible range: "
                                      + breaches.map(\.description).joined(separator: "; "), isFailedCheck: true)
            }
        }

        /// A command's output on one line, for the checks' summary.
        static func oneLine(_ text: String) -> String {
            text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        }

        static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    }
}
