import Foundation
import ArgumentParser
import RevCycleCore
import RevCycleHost

/// `revcycle access coverage add|list`: a patient's insurance.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Record and list a patient's insurance coverage.",
        subcommands: [Add.self, List.self, End.self])

    /// One line for a table or `access show`.
    static func line(_ coverage: Coverage) -> String {
        var text = "\(coverage.priority.rawValue) \(coverage.payer) member \(coverage.memberID)"
        if let group = coverage.group { text += " group \(group)" }
        if let plan = coverage.plan { text += " plan \(plan)" }
        text += ", subscriber \(coverage.subscriberRelationship.rawValue), \(coverage.effective) to \(coverage.end?.description ?? "open")"
        return text
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a coverage; one coverage per priority may be in force on any day.",
            discussion: """
                The payer must be configured for the site (revcycle access payers list).

                Examples:
                  revcycle access coverage add --patient P12 --payer MEDICARE --member-id \\
                      1EG4TE5MK72 \\
                    --subscriber-relationship self --priority primary --effective 2026-01-01
                  revcycle access coverage add --patient P12 --payer AETNA --member-id \\
                      W123456789 --group 0012345 --plan "Choice POS II" \\
                    --subscriber-relationship spouse --priority secondary --effective
                    2026-01-01 --end 2026-12-31
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The patient (P12).") var patient: String
        @Option(help: "The payer's code at this site (MEDICARE).") var payer: String
        @Option(help: "The member id, as on the card.") var memberID: String
        @Option(help: "The group number.") var group: String?
        @Option(help: "The plan name.") var plan: String?
        @Option(help: "The patient's relationship to the subscriber: self, spouse, child, other.") var subscriberRelationship: String
        @Option(help: "primary, secondary or tertiary.") var priority: String
        @Option(help: "First day covered, YYYY-MM-DD.") var effective: String
        @Option(help: "Last day covered, YYYY-MM-DD (default: open-ended).") var end: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.coverage.add", roles: [.access])
            let catalog = try context.services.payerCatalog()
            var problems = FieldProblems()
            let patientID = problems.check(at: "--patient") { try PatientID(parsing: patient) }
            let payerCode = problems.check(at: "--payer") { try catalog.payer(payer, site: context.actor.site) }
            let relationship = problems.check { try SubscriberRelationship(parsing: subscriberRelationship) }
            let rank = problems.check { try CoveragePriority(parsing: priority) }
            let start = problems.check(at: "--effective") { try CalendarDate(parsing: effective) }
            let last = end.flatMap { text in problems.check(at: "--end") { try CalendarDate(parsing: text) } }
            if let firstNotFound = problems.errors.first(where: { $0.code == .notFound }), problems.errors.count == 1 { throw firstNotFound }
            try problems.throwIfAny(what: "the coverage")
            guard let patientID, let payerCode, let relationship, let rank, let start else { return }
            let coverage = try Coverage(patient: patientID, payer: payerCode, memberID: memberID, group: group, plan: plan,
                                        subscriberRelationship: relationship, priority: rank, effective: start, end: last)
            let recorded = try context.services.coverage.add(coverage, by: context.actor)
            context.emit(.record([("coverage", .text("C\(recorded.id ?? 0)")), ("patient", .text(recorded.patient.description)),
                                  ("detail", .text(CoverageCommand.line(recorded)))]))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a patient's coverages, primary first (audited).",
            discussion: "Example:\n  revcycle access coverage list --patient P12")

        @OptionGroup var options: GlobalOptions
        @Option(help: "The patient (P12).") var patient: String

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.coverage.list",
                                                  roles: [.access, .billing, .counseling, .collections])
            let coverages = try context.services.coverage.coverages(of: try PatientID(parsing: patient),
                                                                                            by: context.actor)
            var report = Report(columns: ["coverage", "priority", "payer", "member id", "group", "plan", "subscriber", "effective",
                                          "end", "active today"])
            for coverage in coverages {
                report.append([.text("C\(coverage.id ?? 0)"), .text(coverage.priority.rawValue), .text(coverage.payer.rawValue),
                               .text(coverage.memberID), coverage.group.map(Report.Cell.text) ?? .empty,
                               coverage.plan.map(Report.Cell.text) ?? .empty, .text(coverage.subscriberRelationship.rawValue),
                               .text(coverage.effective.description), coverage.end.map { .text($0.description) } ?? .empty,
                               .text(coverage.isActive(on: context.today) ? "yes" : "no")])
            }
            context.emit(report)
        }
    }

    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "End a coverage on its last covered day (the payer reports it terminated, the patient changed plans).",
            discussion: """
                Example:
                  revcycle access coverage end C3 --on 2026-10-31 --reason "271: coverage \\
                      terminated 2026-10-31"
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The coverage (C3).") var coverage: String
        @Option(help: "The last covered day, YYYY-MM-DD.") var on: String
        @Option(help: "Why (kept in the audit trail).") var reason: String

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.coverage.end", roles: [.access])
            let id = try RecordNumber.parse(coverage, prefix: "C", what: "a coverage id")
            let why = try context.requiredNote(reason, option: "--reason")
            let ended = try context.services.coverage.end(coverage: id, on: try CalendarDate(parsing: on), reason: why, by: context.actor)
            context.emit(.record([("coverage", .text("C\(id)")), ("patient", .text(ended.patient.description)),
                                  ("detail", .text(CoverageCommand.line(ended)))]))
        }
    }
}
