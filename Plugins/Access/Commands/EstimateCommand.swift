import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleScripting

/// `revcycle access estimate create|show|list`: what the patient will likely owe for a visit.
struct EstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Estimate a visit's cost to the patient: from the plan's benefits, or a good-faith estimate for self-pay.",
        subcommands: [Create.self, Show.self, List.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue an estimate for a scheduled appointment and keep it as issued.",
            discussion: """
                With active coverage the estimate applies the payer's fee schedule and the
                benefits on the latest eligibility answer (within 30 days of the visit): copay,
                deductible remaining, coinsurance and the out-of-pocket limit, line by line.
                Without coverage it is a No Surprises Act good-faith estimate priced from the
                chargemaster, with its business-day deadline. The site's access.estimate.adjust
                policy may then adjust the patient's share. The estimate is printed and kept;
                --html writes the print-ready page.

                Examples:
                  revcycle access estimate create V3
                  revcycle access estimate create V4 --diagnosis R51.9,G44.209 --html \\
                      estimate-V4.html
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The appointment (V3).") var appointment: String
        @Option(help: "ICD-10-CM diagnosis codes, comma-separated (a good-faith estimate lists them).") var diagnosis: String?
        @Option(help: "Also write the estimate as a print-ready HTML page to this file.") var html: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.estimate.create", roles: [.access, .counseling])
            let store = AccessStore(database: context.services.database)
            let (visit, _) = try store.appointment(try AppointmentID(parsing: appointment), by: context.actor)
            guard visit.status == .scheduled else {
                throw RevCycleError(.conflict, "Appointment \(visit.id) is \(visit.status.rawValue); estimates are for scheduled visits.")
            }
            let diagnoses = try (diagnosis ?? "").split(separator: ",").map { try DiagnosisCode(parsing: String($0), field: "--diagnosis") }
            let document = try EstimateBuilder(context: context, store: store).document(for: visit, diagnoses: diagnoses)
            var event: ((Int64) -> HostEvent)?
            if case .goodFaith(let estimate) = document.content {
                // Counseling keeps each provider's expected charges to compare with the bill (No Surprises Act disputes).
                let providers = Dictionary(grouping: estimate.items, by: \.npi).map { npi, items in
                    "\(npi.digits)=\(items.reduce(Money.zero) { $0 + $1.expectedCharge }.cents)"
                }.sorted().joined(separator: ";")
                event = { id in
                    HostEvent(name: "access.estimate.issued", site: context.actor.site, patient: visit.patient, fields: [
                        "estimate": String(id), "appointment": visit.id.description, "kind": "good-faith", "providers": providers,
                        "total_cents": String(estimate.total.cents), "issued_on": context.today.description,
                    ], occurredAt: context.actor.at)
                }
            }
            let (issued, recorded) = try store.record(IssuedEstimate(
                id: 0, patient: visit.patient, appointment: visit.id, kind: document.isGoodFaith ? .goodFaith : .insured,
                payer: document.payer, issuedOn: context.today, dueBy: document.goodFaithDeadline?.dueDate,
                totalCharges: document.totalCharges, patientShare: document.patientShare, insuranceShare: document.insuranceShare,
                adjustment: document.adjustment.amount, adjustmentNote: document.adjustment.note.isEmpty ? nil : document.adjustment.note,
                linesJSON: document.linesJSON, documentText: document.text, documentHTML: document.html), publishing: event, by: context.actor)
            if let html { try EstimateCommand.write(issued.documentHTML, to: html) }
            EstimateCommand.emit(issued, context: context, late: document.isLate(on: context.today))
            if let recorded { EventDelivery(services: context.services).deliver([recorded]) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print an issued estimate as the patient received it (audited).",
            discussion: "Examples:\n  revcycle access estimate show 7\n  revcycle access estimate show 7 --html estimate-7.html")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The estimate number.") var estimate: Int64
        @Option(help: "Write the print-ready HTML page to this file.") var html: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.estimate.show",
                                                  roles: [.access, .counseling, .billing, .collections])
            let issued = try AccessStore(database: context.services.database).estimate(estimate, by: context.actor)
            if let html { try EstimateCommand.write(issued.documentHTML, to: html) }
            EstimateCommand.emit(issued, context: context, late: false)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a patient's estimates, newest first (audited).",
            discussion: "Example:\n  revcycle access estimate list --patient P12 --format csv")

        @OptionGroup var options: GlobalOptions
        @Option(help: "The patient (P12).") var patient: String

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.estimate.list",
                                                  roles: [.access, .counseling, .billing, .collections])
            var report = Report(columns: ["estimate", "kind", "appointment", "issued", "due by", "charges", "patient", "insurance", "payer"])
            for issued in try AccessStore(database: context.services.database).estimates(of: try PatientID(parsing: patient), by: context.actor) {
                report.append([.number(issued.id), .text(issued.kind.rawValue), .text(issued.appointment?.description ?? ""),
                               .text(issued.issuedOn.description), .text(issued.dueBy?.description ?? ""), .money(issued.totalCharges),
                               .money(issued.patientShare), .money(issued.insuranceShare), .text(issued.payer?.rawValue ?? "self-pay")])
            }
            context.emit(report)
        }
    }

    static func emit(_ issued: IssuedEstimate, context: CommandContext, late: Bool) {
        if context.format == .table {
            print(issued.documentText, terminator: "")
            print("(estimate \(issued.id), kept as issued\(late ? "; WARNING: issued after its No Surprises Act deadline \(issued.dueBy?.description ?? "")" : ""))")
        } else {
            context.emit(.record([
                ("estimate", .number(issued.id)), ("kind", .text(issued.kind.rawValue)), ("patient", .text(issued.patient.description)),
                ("appointment", .text(issued.appointment?.description ?? "")), ("issued", .text(issued.issuedOn.description)),
                ("due by", .text(issued.dueBy?.description ?? "")), ("charges", .money(issued.totalCharges)),
                ("patient share", .money(issued.patientShare)), ("insurance share", .money(issued.insuranceShare)),
                ("payer", .text(issued.payer?.rawValue ?? "")),
            ]))
        }
    }

    static func write(_ text: String, to path: String) throws {
        do {
            try text.write(to: URL(fileURLWithPath: path), atomically: true, encoding: .utf8)
        } catch {
            throw RevCycleError(.invalidInput, "Cannot write \(path): \(error.localizedDescription)", at: "--html")
        }
    }
}
