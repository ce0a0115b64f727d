import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

/// `revcycle access eligibility check|batch|discover|receive|history`: X12 270/271 with the payers.
struct EligibilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eligibility",
        abstract: "Verify coverage with the payer (X12 270/271), in batch for a day's schedule, and discover coverage for self-pay patients.",
        discussion: """
            Inquiries go to the site's outbox (var/exchange/<site>/outbox); answers are
            read from its inbox. With clearinghouse: sandbox in the site file the sandbox
            payer answers at once; with external, run `revcycle access eligibility receive`
            when the clearinghouse has returned the 271s. A rejection, an unknown member or
            inactive coverage becomes a task for the front desk (revcycle tasks list --role
            access).
            """,
        subcommands: [Check.self, Batch.self, Discover.self, Receive.self, History.self])

    static let columns = ["patient", "payer", "member id", "status", "plan", "plan dates", "copay (office)", "coinsurance",
                          "deductible left", "out-of-pocket left", "note"]

    static func cells(_ record: EligibilityRecord) -> [Report.Cell] {
        let benefits = try? record.benefits?.benefits()
        let dates = switch (record.planBegin, record.planEnd) {
        case (let begin?, let end?): "\(begin) to \(end)"
        case (let begin?, nil): "from \(begin)"
        case (nil, let end?): "until \(end)"
        case (nil, nil): ""
        }
        return [
            .text(record.patient.description), .text(record.payer.rawValue), .text(record.memberID ?? ""), .text(record.status.rawValue),
            .text(record.benefits?.planDescription ?? ""), .text(dates),
            benefits?.copay(for: "98").map(Report.Cell.money) ?? .empty,
            benefits.map { .text("\($0.coinsuranceBasisPoints / 100)%") } ?? .empty,
            benefits.map { .money($0.deductibleRemaining) } ?? .empty,
            benefits?.outOfPocketRemaining.map(Report.Cell.money) ?? .empty,
            .text(record.status == .sent ? "answer pending (revcycle access eligibility receive)"
                  : [record.rejection, record.workItem.map { "task \($0)" }].compactMap { $0 }.joined(separator: "; ")),
        ]
    }

    /// Sends, exchanges and reads the answers; prints one row per inquiry sent.
    static func run(_ requests: [EligibilityExchange.Request], purpose: EligibilityRecord.Purpose, serviceDate: CalendarDate,
                    context: CommandContext, store: AccessStore) throws -> [EligibilityRecord] {
        let exchange = EligibilityExchange(context: context, store: store)
        let traces = try exchange.send(requests, purpose: purpose, serviceDate: serviceDate)
        _ = try exchange.receive()
        return try traces.compactMap { try store.inquiry(trace: $0, site: context.actor.site) }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify a patient's coverage with the payer for a date of service.",
            discussion: """
                Uses the primary coverage in force on the date (or --priority). The answer
                shows the plan, its dates, the copay, coinsurance, deductible and out-of-pocket
                left, and is kept for estimates and check-in.

                Examples:
                  revcycle access eligibility check P12
                  revcycle access eligibility check P12 --appointment V3
                  revcycle access eligibility check P12 --date 2026-12-14 --priority secondary
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The patient (P12).") var patient: String
        @Option(help: "Check for this appointment's date (V3).") var appointment: String?
        @Option(help: "The date of service, YYYY-MM-DD (default: the appointment's, else today).") var date: String?
        @Option(help: "Which coverage: primary, secondary or tertiary.") var priority: String = "primary"

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.eligibility.check", roles: [.access])
            let store = AccessStore(database: context.services.database)
            let id = try PatientID(parsing: patient)
            let visit = try appointment.map { try store.appointment(try AppointmentID(parsing: $0), by: context.actor).0 }
            if let visit, visit.patient != id {
                throw RevCycleError(.invalidInput, "Appointment \(visit.id) is for \(visit.patient), not \(id).", at: "--appointment")
            }
            let serviceDate = try date.map { try CalendarDate(parsing: $0) } ?? visit?.date ?? context.today
            let rank = try CoveragePriority(parsing: priority)
            let summary = try context.services.patients.patient(id, by: context.actor)
            guard let coverage = try context.services.coverage.coverages(of: id, by: context.actor)
                .first(where: { $0.priority == rank && $0.isActive(on: serviceDate) }) else {
                throw RevCycleError(.notFound, "Patient \(id) has no \(rank.rawValue) coverage in force on \(serviceDate).",
                                    remedy: "record it with revcycle access coverage add, or look for coverage with revcycle access eligibility discover \(id)")
            }
            let records = try EligibilityCommand.run(
                [.init(patient: summary, coverage: coverage, payer: coverage.payer, memberID: coverage.memberID)],
                purpose: .verify, serviceDate: serviceDate, context: context, store: store)
            context.emit(.record(zip(EligibilityCommand.columns, records.map(EligibilityCommand.cells).first ?? []).map { ($0, $1) }))
        }
    }

    struct Batch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify coverage for everyone scheduled on a day (one 270 file per payer).",
            discussion: "Example:\n  revcycle access eligibility batch --date 2026-12-14 --format csv")

        @OptionGroup var options: GlobalOptions
        @Option(help: "The day of the appointments, YYYY-MM-DD (default: tomorrow).") var date: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.eligibility.batch", roles: [.access])
            let store = AccessStore(database: context.services.database)
            let day = try date.map { try CalendarDate(parsing: $0) } ?? context.today.adding(days: 1)
            var requests: [EligibilityExchange.Request] = []
            var selfPay: [PatientID] = []
            for visit in try store.appointments(on: day, patient: nil, by: context.actor) where visit.status == .scheduled {
                guard !requests.contains(where: { $0.patient.id == visit.patient }) else { continue }
                let coverage = try context.services.coverage.coverages(of: visit.patient, by: context.actor)
                    .first { $0.priority == .primary && $0.isActive(on: day) }
                guard let coverage else { selfPay.append(visit.patient); continue }
                requests.append(.init(patient: try context.services.patients.patient(visit.patient, by: context.actor),
                                      coverage: coverage, payer: coverage.payer, memberID: coverage.memberID))
            }
            var report = Report(columns: EligibilityCommand.columns)
            if !requests.isEmpty {
                for record in try EligibilityCommand.run(requests, purpose: .verify, serviceDate: day, context: context, store: store) {
                    report.append(EligibilityCommand.cells(record))
                }
            }
            report.footer = ["\(requests.count) inquiries for \(day)"
                + (selfPay.isEmpty ? "." : "; no coverage on file (self-pay, try eligibility discover): \(selfPay.map(\.description).joined(separator: ", ")).")]
            context.emit(report)
        }
    }

    struct Discover: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Look for coverage of a self-pay patient: ask every configured payer by name, date of birth and address.",
            discussion: """
                Any active coverage found is reported with the member id the payer gave, and
                the command to record it. Searching is a disclosure of the patient's
                demographics to each payer: it is audited per payer.

                Example:
                  revcycle access eligibility discover P12
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The patient (P12).") var patient: String
        @Option(help: "The date of service, YYYY-MM-DD (default: today).") var date: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.eligibility.discover", roles: [.access])
            let store = AccessStore(database: context.services.database)
            let id = try PatientID(parsing: patient)
            let serviceDate = try date.map { try CalendarDate(parsing: $0) } ?? context.today
            let summary = try context.services.patients.patient(id, by: context.actor)
            let catalog = try context.services.payerCatalog()
            let payers = catalog.payers.filter { $0.value.settings.payerID != nil }.keys.sorted()
            guard !payers.isEmpty else {
                throw RevCycleError(.configuration, "No payer of site \(context.actor.site) has a payer_id to send inquiries to.")
            }
            let records = try EligibilityCommand.run(payers.map { .init(patient: summary, coverage: nil, payer: $0, memberID: nil) },
                                                     purpose: .discovery, serviceDate: serviceDate, context: context, store: store)
            var report = Report(columns: EligibilityCommand.columns)
            for record in records { report.append(EligibilityCommand.cells(record)) }
            let found = records.filter { $0.status == .active }
            report.footer = found.isEmpty ? ["No active coverage found with \(payers.count) payer(s); the patient stays self-pay."]
                : found.map { "Found: \($0.payer) member \($0.memberID ?? "?"). Record it: revcycle access coverage add --patient \(id) --payer \($0.payer) --member-id \($0.memberID ?? "?") --subscriber-relationship self --priority primary --effective \($0.planBegin?.description ?? serviceDate.description)" }
            context.emit(report)
        }
    }

    struct Receive: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read the 271 answers waiting in the inbox and record them.",
            discussion: "Example:\n  revcycle access eligibility receive")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.eligibility.receive", roles: [.access])
            let store = AccessStore(database: context.services.database)
            try context.services.exchangeWithClearinghouse()
            var report = Report(columns: EligibilityCommand.columns)
            let (answered, unmatched) = try EligibilityExchange(context: context, store: store).receive()
            for record in answered { report.append(EligibilityCommand.cells(record)) }
            if report.rows.isEmpty { report.footer = ["No answers were waiting in the inbox."] }
            report.footer += unmatched.map { "Answers no inquiry of this site (kept in processed/): \($0)" }
            context.emit(report)
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a patient's eligibility inquiries and answers, newest first (audited).",
            discussion: "Example:\n  revcycle access eligibility history P12")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The patient (P12).") var patient: String

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.eligibility.history",
                                                  roles: [.access, .billing, .counseling])
            var report = Report(columns: ["date of service", "purpose"] + EligibilityCommand.columns)
            for record in try AccessStore(database: context.services.database).eligibilityHistory(of: try PatientID(parsing: patient),
                                                                                                   by: context.actor) {
                report.append([.text(record.serviceDate.description), .text(record.purpose.rawValue)] + EligibilityCommand.cells(record))
            }
            context.emit(report)
        }
    }
}
