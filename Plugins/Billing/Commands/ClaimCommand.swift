import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleScripting

/// `revcycle billing claim create|scrub|list|show`: professional claims from charge lines to the payer.
struct ClaimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim",
        abstract: "Claims: build, scrub, send (837P), ask their status (276), show with history; correct, void or appeal.",
        subcommands: [Create.self, Scrub.self, Submit.self, Status.self, List.self, Show.self, Correct.self, Void.self, Appeal.self],
        aliases: ["claims"])

    static func parseID(_ text: String) throws -> Int64 {
        let trimmed = text.uppercased()
        guard let id = Claim.id(fromPatientControlNumber: trimmed) ?? Int64(trimmed), id > 0 else {
            throw RevCycleError(.invalidInput, "\"\(text)\" is not a claim; expected its control number, such as RC12.")
        }
        return id
    }

    static let columns = ["claim", "account", "payer", "priority", "service date", "lines", "total", "state"]

    static func cells(_ claim: Claim) -> [Report.Cell] {
        [.text(claim.patientControlNumber), .text(claim.account.description), .text(claim.payer.rawValue),
         .text(claim.priority.rawValue + (claim.frequency == .original ? "" : " (frequency \(claim.frequency.rawValue))")),
         .text(claim.serviceDate.description), .number(Int64(claim.lines.count)), .money(claim.total), .text(claim.state.rawValue)]
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a draft claim to the patient's coverage: from the charges owed by the primary, or — secondary — after the primary's 835.",
            discussion: """
                Examples:
                  revcycle billing claim create A7
                  revcycle billing claim create A7 --priority secondary
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The encounter account (A7).") var account: String
        @Option(help: "Which coverage to bill: primary, secondary or tertiary.") var priority: String = "primary"

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.claim.create", roles: [.billing])
            let accountID = try AccountID(parsing: account)
            let encounter = try context.services.patients.account(accountID, by: context.actor)
            let rank = try CoveragePriority(parsing: priority)
            guard let coverage = try context.services.coverage.coverages(of: encounter.patient, by: context.actor)
                .first(where: { $0.priority == rank && $0.isActive(on: encounter.serviceDate) }) else {
                throw RevCycleError(.notFound, "Patient \(encounter.patient) has no \(rank.rawValue) coverage in force on \(encounter.serviceDate).",
                                    remedy: "revcycle access coverage list --patient \(encounter.patient)")
            }
            let store = BillingStore(database: context.services.database)
            let claim = rank == .primary ? try store.createClaim(account: accountID, coverage: coverage, by: context.actor)
                : try store.createSecondaryClaim(account: accountID, coverage: coverage, by: context.actor)
            context.emit(.record(zip(ClaimCommand.columns, ClaimCommand.cells(claim)).map { ($0, $1) }))
        }
    }

    struct Scrub: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the claim edits (built-in and the site's billing.claim.scrub) on draft claims; clean ones become scrubbed.",
            discussion: """
                Examples:
                  revcycle billing claim scrub RC12
                  revcycle billing claim scrub --all
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The claim (RC12).") var claim: String?
        @Flag(help: "Scrub every draft claim of the site.") var all = false

        func validate() throws {
            if (claim == nil) == !all { throw ValidationError("Give a claim, or --all.") }
        }

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.claim.scrub", roles: [.billing])
            let store = BillingStore(database: context.services.database)
            let ids = try claim.map { [try ClaimCommand.parseID($0)] } ?? store.claims(state: .draft, site: context.actor.site).map(\.id).reversed()
            var report = Report(columns: ["claim", "run", "state", "severity", "rule", "edit"])
            for id in ids {
                let edits = try ClaimScrub(context: context, store: store).edits(for: try store.claim(id, site: context.actor.site))
                let (scrubbed, run) = try store.recordScrub(id, edits: edits, by: context.actor)
                if edits.isEmpty {
                    report.append([.text(scrubbed.patientControlNumber), .number(Int64(run)), .text(scrubbed.state.rawValue), .empty, .empty,
                                   .text("clean")])
                }
                for edit in edits {
                    report.append([.text(scrubbed.patientControlNumber), .number(Int64(run)), .text(scrubbed.state.rawValue),
                                   .text(edit.severity.rawValue), .text(edit.rule), .text(edit.message)])
                }
            }
            if ids.isEmpty { report.footer = ["No draft claims to scrub."] }
            context.emit(report)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the site's claims, newest first, by state, payer or account.",
            discussion: "Examples:\n  revcycle billing claim list --state draft\n  revcycle billing claim list --payer AETNA --format csv")

        @OptionGroup var options: GlobalOptions
        @Option(help: "Only claims in this state (draft, scrubbed, submitted, accepted, rejected, paid, partially-paid, denied, appealed, closed).")
        var state: String?
        @Option(help: "Only claims to this payer.") var payer: String?
        @Option(help: "Only claims of this encounter (A7).") var account: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.claim.list", roles: [.billing, .analyst])
            let wanted = try state.map { text in
                guard let state = ClaimState(rawValue: text.lowercased()) else {
                    throw RevCycleError(.invalidInput, "\"\(text)\" is not a claim state; expected one of: \(ClaimState.allCases.map(\.rawValue).joined(separator: ", ")).",
                                        at: "--state")
                }
                return state
            }
            var report = Report(columns: ClaimCommand.columns)
            for claim in try BillingStore(database: context.services.database).claims(
                state: wanted, payer: try payer.map { try PayerCode($0) }, account: try account.map { try AccountID(parsing: $0) },
                site: context.actor.site) {
                report.append(ClaimCommand.cells(claim))
            }
            try context.auditRead("billing.claim.list", detail: "\(report.rows.count) claim(s)")
            context.emit(report)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a claim: its lines, the latest scrub's edits and every state change (audited).",
            discussion: "Example:\n  revcycle billing claim show RC12")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The claim (RC12).") var claim: String

        func run() throws {
            let context = try CommandContext.open(options, module: "billing", action: "billing.claim.show", roles: [.billing, .analyst])
            let store = BillingStore(database: context.services.database)
            let found = try store.claim(try ClaimCommand.parseID(claim), site: context.actor.site)
            try context.auditRead("billing.claim.show", account: found.account, detail: found.patientControlNumber)
            var fields = zip(ClaimCommand.columns, ClaimCommand.cells(found)).map { ($0, $1) }
            if let number = found.payerClaimNumber { fields.append(("payer claim number", .text(number))) }
            for (index, line) in found.lines.enumerated() {
                let modifiers = line.modifiers.isEmpty ? "" : "-" + line.modifiers.map(\.rawValue).joined(separator: "-")
                fields.append(("line \(index + 1)", .text("\(line.code)\(modifiers) x\(line.units) \(line.amount) dx \(line.diagnosisPointers.map(String.init).joined(separator: ",")) by \(line.renderingProvider)")))
            }
            for edit in try store.latestScrub(of: found.id) {
                fields.append(("edit", .text("\(edit.severity.rawValue) \(edit.rule): \(edit.message)")))
            }
            for step in try store.history(of: found.id) {
                fields.append(("history", .text("\(CalendarDate(step.at, in: context.services.site.timeZone)) \(step.user) \(step.from ?? "new") → \(step.to): \(step.reason)")))
            }
            context.emit(.record(fields))
        }
    }
}

/// Gathers what the scrubber needs and runs the built-in edits, then the site's `billing.claim.scrub`.
struct ClaimScrub {
    let context: CommandContext
    let store: BillingStore

    func edits(for claim: Claim) throws -> [ScrubEdit] {
        let services = context.services
        let encounter = try services.patients.account(claim.account, by: context.actor)
        guard let coverage = try services.coverage.coverages(of: encounter.patient, by: context.actor).first(where: { $0.id == claim.coverage }) else {
            throw RevCycleError(.notFound, "Coverage C\(claim.coverage) of claim \(claim.patientControlNumber) no longer exists.")
        }
        let diagnoses = try store.diagnoses(of: claim.account)
        let facts = ClaimScrubber.Facts(
            claim: claim, coverage: coverage, payer: try services.payerCatalog().settings(for: claim.payer), facility: services.site.facility,
            providers: services.site.providers, diagnoses: diagnoses, patient: try services.patients.patient(encounter.patient, by: context.actor),
            demographics: try services.demographics(of: encounter.patient, by: context.actor), today: context.today,
            otherClaims: try store.claims(payer: claim.payer, account: claim.account, site: context.actor.site)
                .filter { ![.rejected, .closed, .draft].contains($0.state) })
        let builtIn = ClaimScrubber.edits(facts)
        let site = try services.decide("billing.claim.scrub", payload: [
            "claim": .string(claim.patientControlNumber), "account": .string(claim.account.description), "payer": .string(claim.payer.rawValue),
            "priority": .string(claim.priority.rawValue), "frequency": .string(claim.frequency.rawValue), "total_cents": .integer(claim.total.cents),
            "service_date": .string(claim.serviceDate.description),
            "days_since_service": .integer(Int64(claim.serviceDate.days(until: context.today))),
            "diagnoses": .array(diagnoses.map { .string($0.description) }),
            "lines": .array(claim.lines.map { line in
                .table([
                    "code": .string(line.code.rawValue), "modifiers": .array(line.modifiers.map { .string($0.rawValue) }),
                    "units": .integer(Int64(line.units)), "charge_cents": .integer(line.amount.cents),
                    "diagnosis_pointers": .array(line.diagnosisPointers.map { .integer(Int64($0)) }),
                    "provider_npi": .string(line.renderingProvider.digits),
                ])
            }),
            "built_in_errors": .integer(Int64(builtIn.filter { $0.severity == .error }.count)),
        ]) { decision in
            (decision["edits"]?.arrayValue ?? []).compactMap { edit -> ScrubEdit? in
                guard let message = edit["message"]?.stringValue else { return nil }
                return ScrubEdit(severity: edit["severity"]?.stringValue == "warning" ? .warning : .error, rule: "site", message: message)
            }
        }
        return builtIn + site
    }
}
