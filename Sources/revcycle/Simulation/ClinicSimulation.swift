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

        /// Registration, scheduling (today's walk-ins and tomorrow's appointments), eligibility, estimates, check-in.
        mutating func frontDesk(day: Int) throws {
            // Appointments for the next clinic day are made today; today's visits not booked yesterday walk in.
            let next = (day + 1..<simulation.days).first { !date($0).isWeekend }
            for index in patients.indices where patients[index].patientID == nil
                && patients[index].visitDays.contains(where: { $0 <= (next ?? day) }) {
                try register(index)
            }
            for index in patients.indices {
                for visitDay in patients[index].visitDays {
                    if visitDay == day, scheduled[day]?.contains(where: { $0.patient == index }) != true {
                        try schedule(index, on: day, walkIn: true)
                    } else if let next, visitDay == next {
                        try schedule(index, on: next, walkIn: false)
                    }
                }
            }
            for visit in scheduled[day] ?? [] { try checkIn(visit) }
        }

        mutating func register(_ index: Int) throws {
            let patient = patients[index]
            // Half give an email address (email is then an allowed channel for billing messages).
            let email = random.chance(0.5) ? ["--email", "\(patient.given).\(patient.family).\(patient.mrn)@example.com".lowercased()] : []
            let output = try step(["access", "register", "--mrn", patient.mrn, "--family", patient.family, "--given", patient.given,
                                   "--birth-date", patient.birthDate, "--sex", patient.sex, "--address-line1", patient.addressLine1,
                                   "--city", patient.city, "--state", "IL", "--zip", patient.zip, "--phone", patient.phone]
                                  + email + ["--user", "fdesk", "--format", "csv"])
            guard let row = Self.rows(output).first, let id = row["patient"], let guarantor = row["guarantor"] else {
                throw SimulationError(message: "day \(day + 1): registration printed no patient id: \(output)")
            }
            patients[index].patientID = id
            patients[index].guarantorID = guarantor
            counts.registered += 1
            // Two in five agree at registration to billing texts (TCPA consent, recorded with its date).
            if random.chance(0.4), !textConsented.contains(guarantor) {
                try step(["collections", "contact", "preferences", "--guarantor", guarantor, "--text-consent", "\(date(day))", "--user", "coll"])
                textConsented.insert(guarantor)
                counts.textConsents += 1
            }
            let effective = "\(date(0).year)-01-01"
            switch patient.insurance {
            case .selfPay:
                break
            case .commercial(let member):
                try addCoverage(id, payer: "AETNA", member: member, priority: "primary", effective: effective)
            case .medicare(let member, let secondary):
                try addCoverage(id, payer: "MEDICARE", member: member, priority: "primary", effective: effective)
                if let secondary { try addCoverage(id, payer: "AETNA", member: secondary, priority: "secondary", effective: effective) }
            }
        }

        mutating func addCoverage(_ patient: String, payer: String, member: String, priority: String, effective: String) throws {
            try step(["access", "coverage", "add", "--patient", patient, "--payer", payer, "--member-id", member,
                      "--subscriber-relationship", "self", "--priority", priority, "--effective", effective, "--user", "fdesk"])
            counts.coverageAdded += 1
        }

        mutating func schedule(_ index: Int, on visitDay: Int, walkIn: Bool) throws {
            guard let patientID = patients[index].patientID else { return }
            let slot = scheduled[visitDay, default: []].count
            // 20-minute slots per provider from opening (08:00, walk-ins from 13:00) to 20:00; a busier day than
            // that double-books from the top of the schedule again, as a walk-in clinic does.
            let opening = walkIn ? 13 * 60 : 8 * 60
            let minutes = opening + 20 * ((slot / ClinicSimulation.providers.count) % ((20 * 60 - opening) / 20))
            let at = "\(date(visitDay)) \(Self.two(minutes / 60)):\(Self.two(minutes % 60))"
            let services = random.pick(ClinicSimulation.visitServices)
            let output = try step(["access", "appointment", "schedule", "--patient", patientID,
                                   "--provider", ClinicSimulation.providers[slot % ClinicSimulation.providers.count], "--at", at, "--location", "Main St clinic",
                                   "--services", services.joined(separator: ","), "--user", "fdesk", "--format", "csv"])
            guard let appointment = Self.rows(output).first?["appointment"] else {
                throw SimulationError(message: "day \(day + 1): scheduling printed no appointment: \(output)")
            }
            scheduled[visitDay, default: []].append((appointment, index, services))
            counts.appointments += 1
            if walkIn { counts.walkIns += 1 }
            if patients[index].payerCodes != nil {
                try step(["access", "eligibility", "check", patientID, "--appointment", appointment, "--user", "fdesk"])
                counts.eligibilityChecks += 1
                // A member the payer does not find (or whose coverage ended) gets no estimate: the visit is self-pay.
                if try attempt(["access", "estimate", "create", appointment, "--user", "fdesk"]) != nil {
                    counts.estimates += 1
                } else {
                    patients[index].insurance = .selfPay
                    counts.coverageNotVerified += 1
                }
            } else {
                if patients[index].visitDays.first == visitDay {
                    try step(["access", "eligibility", "discover", patientID, "--user", "fdesk"])
                    counts.discoveries += 1
                }
                let html = folder.appendingPathComponent("estimates/good-faith-estimate-\(appointment).html").path
                let diagnosis = random.pick(ClinicSimulation.diagnoses)
                if try attempt(["access", "estimate", "create", appointment, "--diagnosis", diagnosis, "--html", html, "--user", "fdesk"]) != nil {
                    counts.goodFaithEstimates += 1
                } else {
                    // Discovery found coverage on an earlier visit: the estimate now needs this visit's benefits, as for any insured patient.
                    if try attempt(["access", "eligibility", "check", patientID, "--appointment", appointment, "--user", "fdesk"]) != nil {
                        counts.eligibilityChecks += 1
                        if try attempt(["access", "estimate", "create", appointment, "--user", "fdesk"]) != nil { counts.estimates += 1 }
                    }
                }
            }
        }

        mutating func checkIn(_ visit: (appointment: String, patient: Int, services: [String])) throws {
            var output = try step(["access", "check-in", visit.appointment, "--user", "fdesk", "--format", "csv"])
            if Self.rows(output).first?["account"] == nil {
                output = try step(["access", "check-in", visit.appointment, "--pay", "card", "--card-stdin", "--user", "fdesk",
                                   "--format", "csv"], input: ClinicSimulation.card)
                counts.cardPayments += 1
            }
            guard let account = Self.rows(output).first?["account"] else {
                throw SimulationError(message: "day \(day + 1): check-in of \(visit.appointment) printed no account: \(output)")
            }
            counts.checkIns += 1
            let patient = patients[visit.patient]
            try step(["billing", "diagnoses", account, "--codes", random.pick(ClinicSimulation.diagnoses), "--user", "biller"])
            for (line, code) in visit.services.enumerated() {
                var arguments = ["billing", "charge", "--account", account, "--code", code, "--user", "biller"]
                if line == 0 { arguments += ["--diagnosis-pointers", "1"] }
                if let payers = patient.payerCodes { arguments += ["--payer", payers.primary] } else { arguments.append("--self-pay") }
                try step(arguments)
                counts.charges += 1
            }
            if let payers = patient.payerCodes {
                try step(["billing", "claim", "create", account, "--user", "biller"])
                counts.claimsCreated += 1
                if payers.secondary != nil { secondaryPending[account] = 3 }
            }
        }

        /// Secondary claims after the primary's 835, scrubbing, submission (the sandbox answers), denials worked.
        mutating func billing(day: Int) throws {
            for account in secondaryPending.keys.sorted() {
                if try attempt(["billing", "claim", "create", account, "--priority", "secondary", "--user", "biller"]) != nil {
                    counts.secondaryClaims += 1
                    secondaryPending[account] = nil
                } else {
                    secondaryPending[account]! -= 1
                    if secondaryPending[account]! <= 0 { secondaryPending[account] = nil }
                }
            }
            try scrubAndSubmit()
            let denied = Self.rows(try step(["billing", "denials", "--user", "biller", "--format", "csv"]))
            var corrected = false
            for row in denied {
                guard let claim = row["claim"], !workedDenials.contains(claim) else { continue }
                workedDenials.insert(claim)
                counts.denials += 1
                let reasons = row["reasons"] ?? ""
                // Lapsed coverage (CO-27): the visit's share moves to the patient. Missing information (CO-16) is
                // corrected and sent again, once. Anything else (a bundled line, CO-97, with the records that
                // support billing it apart), or a correction denied again, is appealed.
                if reasons.hasPrefix("CO-27"), let account = row["account"], let payer = row["payer"] {
                    if try attempt(["billing", "transfer", "--account", account, "--from", "insurance:\(payer)",
                                    "--to", "patient", "--key", "sim-co27-\(claim)", "--user", "biller"]) != nil {
                        counts.transfersToPatient += 1
                    }
                    continue
                }
                if reasons.hasPrefix("CO-16"), let account = row["account"], !correctedAccounts.contains(account) {
                    correctedAccounts.insert(account)
                    if try attempt(["billing", "claim", "correct", claim, "--reason", "missing information supplied", "--user", "biller"]) != nil {
                        counts.corrected += 1
                        corrected = true
                    }
                    continue
                }
                if !appealed.contains(claim),
                   try attempt(["billing", "claim", "appeal", claim, "--note", "medical records sent, ref SIM-APL-\(claim)",
                                "--user", "biller"]) != nil {
                    appealed.insert(claim)
                    counts.appeals += 1
                }
            }
            if corrected { try scrubAndSubmit() }
            // Mondays: a claim status inquiry (276) for claims the payer has not answered in two weeks.
            if date(day).isoWeekday == 1 {
                let asked = Self.rows(try step(["billing", "claim", "status", "--older-than", "14", "--user", "biller", "--format", "csv"]))
                counts.statusInquiries += asked.filter { !($0["claim"] ?? "").isEmpty }.count
            }
        }

        /// A card that works at the start and expires at the end of the first simulated month.
        var expiringCard: String {
            "4242424242424242 \(Self.two(simulation.start.month))/\(Self.two(simulation.start.year % 100)) 123"
        }

        mutating func scrubAndSubmit() throws {
            let scrub = Self.rows(try step(["billing", "claim", "scrub", "--all", "--user", "biller", "--format", "csv"]))
            let clean = Set(scrub.filter { $0["state"] == "scrubbed" }.compactMap { $0["claim"] })
            counts.scrubbedClean += clean.count
            counts.scrubEdits += Set(scrub.compactMap { $0["claim"] }).subtracting(clean).count
            guard !clean.isEmpty else { return }
            let sent = try step(["billing", "claim", "submit", "--user", "biller", "--format", "csv"])
            for line in sent.split(separator: "\n") {
                if line.contains(".837,") { counts.submissions += 1 }
                if line.contains(",999,") || line.contains(",277,") { counts.ackFiles += 1 }
                if line.contains(",835,") { counts.remittances += 1 }
            }
        }

        /// Statements on cadence and the daily plan run every day; on weekdays the collector works the
        /// worklist, offers plans, takes assistance applications and applies credits.
        mutating func collections(day: Int) throws {
            let statements = try step(["collections", "statements", "run", "--out", folder.appendingPathComponent("statements").path,
                                       "--user", "coll", "--format", "csv"])
            counts.statements += Self.rows(statements).filter { !($0["statement"] ?? "").isEmpty }.count
            let planRun = Self.rows(try step(["collections", "plan", "run", "--user", "coll", "--format", "csv"]))
            counts.planRuns += 1
            counts.planDefaults += planRun.filter { $0["action"] == "default" }.count
            guard !date(day).isWeekend else { return }
            let worklist = Self.rows(try step(["collections", "worklist", "--user", "coll", "--format", "csv"]))
            let guarantors = worklist.compactMap { $0["guarantor"] }
            for guarantor in guarantors.prefix(2) {
                // A text to those who consented to billing texts, an email now and then, else a call.
                let channel = textConsented.contains(guarantor) && random.chance(0.5) ? "text" : random.chance(0.2) ? "email" : "call"
                let outcome = channel == "call" ? random.pick(["no-answer", "left-message", "conversation", "no-answer"]) : "message-sent"
                if try attempt(["collections", "contact", "log", "--guarantor", guarantor, "--channel", channel, "--outcome", outcome,
                                "--note", "simulated \(channel)", "--user", "coll"]) != nil {
                    counts.contacts += 1
                    if channel == "text" { counts.texts += 1 }
                    if channel == "email" { counts.emails += 1 }
                } else {
                    counts.contactRefusals += 1
                }
            }
            // Fridays: visits 501(r) now lets go to the agency (120 days after the first statement, past the final notice).
            if date(day).isoWeekday == 5 {
                let file = folder.appendingPathComponent("agency/placement-\(date(day)).csv").path
                if let placed = try attempt(["collections", "agency", "place", "--agency", "ACME", "--out", file, "--user", "coll",
                                             "--format", "csv"]) {
                    let count = Self.rows(placed).filter { $0["placed"] == "yes" }.count
                    counts.agencyPlacements += count
                    if count == 0 { try? FileManager.default.removeItem(atPath: file) }  // keep only files that placed something
                }
            }
            if day % 7 == 3, let guarantor = guarantors.first(where: { !planned.contains($0) && !assisted.contains($0) }) {
                planned.insert(guarantor)
                // Most cards keep working; some are declined at once; some expire after the first month (the plan defaults).
                let card = random.chance(0.6) ? ClinicSimulation.card : random.chance(0.5) ? expiringCard : ClinicSimulation.declinedCard
                if try attempt(["collections", "plan", "create", "--guarantor", guarantor, "--months", "3", "--card-stdin",
                                "--authorization", "signed-form:SIM-\(guarantor)", "--user", "coll"], input: card) != nil {
                    counts.plansCreated += 1
                }
            }
            if day % 7 == 1, let guarantor = guarantors.last(where: { !planned.contains($0) && !assisted.contains($0) }) {
                assisted.insert(guarantor)
                let income = random.pick(["24000.00", "31000.00", "52000.00"])
                if let received = try attempt(["counseling", "application", "receive", "--guarantor", guarantor, "--household", "3",
                                               "--income", income, "--state", "IL",
                                               "--documents", "proof-of-income,photo-id,household-members", "--user", "counsel", "--format", "csv"]) {
                    counts.faApplications += 1
                    if let application = Self.rows(received).first.flatMap({ $0["application"] }),
                       try attempt(["counseling", "application", "decide", application, "--user", "counsel"]) != nil {
                        counts.faDecided += 1
                    }
                }
            }
            let credits = Self.rows(try step(["collections", "credits", "list", "--user", "coll", "--format", "csv"]))
            for credit in credits {
                guard let visit = credit["visit"] else { continue }
                if !(credit["other visits owing"] ?? "").isEmpty {
                    if try attempt(["collections", "credits", "apply", "--from", visit, "--user", "coll"]) != nil { counts.creditsApplied += 1 }
                } else if date(day).isoWeekday == 5,
                          let requested = try attempt(["collections", "credits", "refund", "--account", visit,
                                                       "--reason", "Credit balance after the visit was paid", "--user", "coll",
                                                       "--format", "csv"]) {
                    counts.refundsRequested += 1
                    let line = requested.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
                    if let request = CSVTable.split(line)?.first,
                       try attempt(["collections", "credits", "approve", request, "--user", "coll2"]) != nil {
                        counts.refundsApproved += 1
                    }
                }
            }
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
