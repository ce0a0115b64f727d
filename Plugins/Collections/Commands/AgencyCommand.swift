import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleStore

/// `revcycle collections agency place|recall|import|list`: placements with collection agencies,
/// through documented CSV files.
struct AgencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agency",
        abstract: "Place eligible visits with a collection agency (CSV placement file), recall them, import the agency's payments and returns.",
        discussion: """
            Placement file (written by `place`, one row per visit):
              placement,account,guarantor,guarantor_name,address_line1,address_line2,
              city,state,zip,phone,patient_name,service_date,first_statement_date,
              balance,placed_on
            Recall file (written by `recall`):
              placement,account,recalled_on,reason
            Return file (from the agency, read by `import`):
              placement,account,type,amount,date,reference
              type is payment (money collected, posted to the visit), return (the agency
              gives the visit back) or dispute (the patient disputes the debt: back to us
              as a task); reference is the agency's unique id for the line, so a file
              imported twice posts nothing new.
            """,
        subcommands: [Place.self, Recall.self, Import.self, List.self])

    struct Place: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a placement file of every visit 501(r) lets go to an agency today, and record the placements.",
            discussion: """
                A visit is placed when it owes at least
                parameters.collections.agency_minimum_balance, no agency holds it, it is not on
                a current payment plan, and extraordinary actions are allowed on it today (120
                days after its first statement, after the final notice's deadline, no pending
                assistance application, no hold):
                the hospital answers for what its agency does.

                Examples:
                  revcycle collections agency place --agency ACME --out \\
                      var/agency/acme-2026-11-29.csv --dry-run
                  revcycle collections agency place --agency ACME --out \\
                      var/agency/acme-2026-11-29.csv
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The agency's code (ACME).") var agency: String
        @Option(help: "The placement file to write.") var out: String
        @Flag(help: "Write the file as a preview; record nothing.") var dryRun = false

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.agency.place", roles: [.collections])
            let code = try AgencyCommand.agencyCode(agency)
            guard case .amountCents(let minimum) = context.parameter("collections", "agency_minimum_balance") else {
                throw RevCycleError(.configuration, "parameters.collections.agency_minimum_balance is not an amount.")
            }
            let store = CollectionsStore(database: context.services.database)
            let plans = try store.planStandings(site: context.actor.site, on: context.today)
            var chosen: [(CollectionsStore.PlacementCandidate, CalendarDate?)] = []
            var report = Report(columns: ["visit", "guarantor", "balance", "placed", "why not"])
            for candidate in try store.placementCandidates(site: context.actor.site, minimum: Money(cents: minimum)) {
                let facts = try store.actionFacts(of: candidate.account, on: context.today, site: context.actor.site)
                var reasons = ExtraordinaryActionRules.status(of: .creditReporting, on: context.today, facts: facts).reasons
                    .filter { $0.rule != "eca.already-taken" }.map { "\($0.rule): \($0.message)" }
                if plans[candidate.guarantor] == "current" { reasons.append("plan.current: the guarantor is paying on a plan") }
                report.append([.text(candidate.account.description), .text(candidate.guarantor.description), .money(candidate.balance),
                               .text(reasons.isEmpty ? (dryRun ? "would be" : "yes") : "no"), .text(reasons.joined(separator: " | "))])
                if reasons.isEmpty { chosen.append((candidate, facts.firstStatementDate)) }
            }
            var file = Report(columns: ["placement", "account", "guarantor", "guarantor_name", "address_line1", "address_line2", "city", "state", "zip",
                                        "phone", "patient_name", "service_date", "first_statement_date", "balance", "placed_on"])
            // The file must be writable before any placement is recorded: a placement the agency never receives is not one.
            try AgencyCommand.write(file, to: out)
            let ids = dryRun ? chosen.indices.map { _ in Int64(0) }
                : try store.recordPlacements(chosen.map(\.0), agency: code, on: context.today, file: out, by: context.actor)
            for ((candidate, first), id) in zip(chosen, ids) {
                let demographics = try candidate.mailTo.flatMap { try context.services.demographics(of: $0, by: context.actor) }
                let address = demographics?.address
                file.append([.text(dryRun ? "preview" : "PL\(id)"), .text(candidate.account.description), .text(candidate.guarantor.description),
                             .text(candidate.guarantorName), .text(address?.line1 ?? ""), .text(address?.line2 ?? ""), .text(address?.city ?? ""),
                             .text(address?.state.rawValue ?? ""), .text(address?.zip.rawValue ?? ""), .text(demographics?.phone?.description ?? ""),
                             .text(candidate.patientName), .text(candidate.serviceDate.description), .text(first?.description ?? ""),
                             .money(candidate.balance), .text(context.today.description)])
            }
            try AgencyCommand.write(file, to: out)
            context.emit(report)
            FileHandle.standardError.write(Data("\(dryRun ? "Preview: would place" : "Placed") \(chosen.count) visit(s) with \(code); file \(out)\n".utf8))
        }
    }

    struct Recall: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recall a placement from the agency (paid, on a plan, assistance approved, placed in error) and write the recall file.",
            discussion: "Example:\n  revcycle collections agency recall PL7 --reason \"Assistance approved\" --out \\\n      var/agency/recall-2026-11-29.csv")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The placement (PL7).") var placement: String
        @Option(help: "Why (3 to 200 characters); goes to the agency.") var reason: String
        @Option(help: "The recall file to write.") var out: String

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.agency.recall", roles: [.collections])
            let id = try RecordNumber.parse(placement, prefix: "PL", what: "a placement")
            let note = try context.requiredNote(reason, option: "--reason")
            var file = Report(columns: ["placement", "account", "recalled_on", "reason"])
            try AgencyCommand.write(file, to: out)
            let recalled = try CollectionsStore(database: context.services.database).recall(id, on: context.today, reason: note, file: out, by: context.actor)
            file.append([.text("PL\(id)"), .text(recalled.account.description), .text(context.today.description), .text(note)])
            try AgencyCommand.write(file, to: out)
            context.emit(.record([("placement", .text("PL\(id)")), ("agency", .text(recalled.agency)), ("visit", .text(recalled.account.description)),
                                  ("recalled", .text(context.today.description)), ("file", .text(out))]))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import an agency's return file: payments post to the ledger, returns recall, disputes come back as tasks.",
            discussion: """
                The whole file is checked before anything changes: a malformed line, an unknown
                placement or an amount that is not positive refuses the file, naming the line,
                and nothing is posted. Lines already imported (same agency and reference) are
                skipped and counted.

                Example:
                  revcycle collections agency import --agency ACME \\
                      var/agency/acme-returns-2026-12.csv
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The agency's code (ACME).") var agency: String
        @Argument(help: "The return file (CSV).") var file: String

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.agency.import", roles: [.collections])
            let code = try AgencyCommand.agencyCode(agency)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw RevCycleError(.notFound, "The file \(file) does not exist or cannot be read.")
            }
            let name = URL(fileURLWithPath: file).lastPathComponent
            let table = try CSVTable(String(decoding: data, as: UTF8.self), file: name,
                                     header: ["placement", "account", "type", "amount", "date", "reference"])
            var problems = CSVProblems(file: name)
            var lines: [CollectionsStore.AgencyReturnLine] = []
            var references = Set<String>()
            for row in table.rows {
                do {
                    let placement = try RecordNumber.parse(row["placement"], prefix: "PL", what: "a placement")
                    guard let kind = CollectionsStore.AgencyReturnLine.Kind(rawValue: row["type"].lowercased()) else {
                        throw RevCycleError(.invalidInput, "type \"\(row["type"])\" is not payment, return or dispute")
                    }
                    let amount = try Money(parsing: row["amount"].isEmpty ? "0" : row["amount"])
                    if kind == .payment, amount <= .zero || amount > Money.postingLimit {
                        throw RevCycleError(.invalidInput, "a payment must be more than $0.00 and at most \(Money.postingLimit); got \(amount)")
                    }
                    guard !row["reference"].isEmpty, references.insert(row["reference"]).inserted else {
                        throw RevCycleError(.invalidInput, "reference \"\(row["reference"])\" is empty or repeated in the file")
                    }
                    lines.append(.init(line: row.line, placement: placement, account: try AccountID(parsing: row["account"]), kind: kind,
                                       amount: amount, date: try CalendarDate(parsing: row["date"]), reference: row["reference"]))
                } catch let error as RevCycleError {
                    problems.add(line: row.line, error)
                }
            }
            try problems.throwIfAny(what: "imported")
            let digest = Digest.sha256Hex(String(decoding: data, as: UTF8.self))
            let result = try CollectionsStore(database: context.services.database).importReturns(
                lines, agency: code, digest: digest, file: name,
                tasks: { line in
                    WorkItem(kind: "collections.agency-dispute", title: "\(code) reports a dispute on \(line.account) (PL\(line.placement))",
                             detail: "agency reference \(line.reference), \(line.date): validate the debt before any further collection",
                             role: .collections, priority: .high, dueDate: context.today.adding(businessDays: 5),
                             links: WorkItem.Links(account: line.account), createdBy: context.user.name, createdAt: context.actor.at)
                }, by: context.actor)
            var report = Report(columns: ["line", "placement", "visit", "type", "amount", "result"])
            for (line, _) in result.posted {
                report.append([.number(Int64(line.line)), .text("PL\(line.placement)"), .text(line.account.description), .text("payment"),
                               .money(line.amount), .text("posted")])
            }
            for line in lines where line.kind != .payment && (result.recalled.contains(line.placement) || result.disputes.contains { $0.line == line.line }) {
                report.append([.number(Int64(line.line)), .text("PL\(line.placement)"), .text(line.account.description), .text(line.kind.rawValue),
                               .money(line.amount), .text(line.kind == .return ? "recalled" : "task for collections")])
            }
            context.emit(report)
            if result.repeated > 0 {
                FileHandle.standardError.write(Data("\(result.repeated) line(s) were imported before and changed nothing.\n".utf8))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Placements, newest first, with recalls.")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.agency.list", roles: [.collections])
            var report = Report(columns: ["placement", "agency", "visit", "placed on", "amount placed", "recalled"])
            for placement in try CollectionsStore(database: context.services.database).placements(site: context.actor.site) {
                report.append([.text("PL\(placement.id)"), .text(placement.agency), .text(placement.account.description),
                               .text(placement.placedOn.description), .money(placement.amount),
                               .text(placement.recalled.map { "\($0.on): \($0.reason)" } ?? "")])
            }
            context.emit(report)
        }
    }

    /// Writes a file for the agency; a path that cannot be written is refused, naming it.
    static func write(_ file: Report, to path: String) throws {
        do {
            try (file.render(as: .csv) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw RevCycleError(.invalidInput, "The file \(path) cannot be written (\(error.localizedDescription)).",
                                at: "--out", remedy: "give a path in a folder that exists and you may write to")
        }
    }

    static func agencyCode(_ text: String) throws -> String {
        let code = text.uppercased()
        guard (2...20).contains(code.count), code.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw RevCycleError(.invalidInput, "\"\(text)\" is not an agency code; expected 2 to 20 letters, digits or dashes, such as ACME.", at: "--agency")
        }
        return code
    }
}

/// `revcycle collections writeoff`: a visit's patient balance written off to bad debt.
struct WriteOffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "writeoff",
        abstract: "Write a visit's patient balance off to bad debt (a ledger adjustment); a later payment reinstates it.",
        discussion: """
            Only what the patient owes is written off, and only when no assistance
            application is pending (501(r)):
            screen for assistance first, since charity is not bad debt.

            Example:
              revcycle collections writeoff --account A7 --reason "Returned uncollectable \\
                  by ACME after 180 days"
            """)

    @OptionGroup var options: GlobalOptions
    @Option(help: "The visit (A7).") var account: String
    @Option(help: "How much (default: the whole patient balance).") var amount: String?
    @Option(help: "Why (3 to 200 characters).") var reason: String
    @Option(help: "A key that makes a repeated command post nothing new.") var key: String?

    func run() throws {
        let context = try CommandContext.open(options, module: "collections", action: "collections.writeoff", roles: [.collections])
        let visit = try AccountID(parsing: account)
        let note = try context.requiredNote(reason, option: "--reason")
        let facts = try CollectionsStore(database: context.services.database).actionFacts(of: visit, on: context.today, site: context.actor.site)
        if facts.application.receivedOn != nil {
            throw RevCycleError(.conflict, "\(visit) has a financial-assistance application pending; decide it before writing anything off to bad debt.",
                                remedy: "revcycle collections assistance record --guarantor <G> --status approved|denied ...")
        }
        let wanted = try amount.map { try Money(parsing: $0) }
        let idempotencyKey = context.idempotencyKey(key, action: "collections.writeoff:\(visit)")
        try context.post(on: visit, building: { moment in
            let owed = moment.balances[.patient]
            let value = wanted ?? owed
            guard value > .zero, value <= owed else {
                throw RevCycleError(.invalidInput, "\(visit) has a patient balance of \(owed); a write-off must be more than $0.00 and at most that.",
                                    at: "--amount")
            }
            return [try .adjustment(account: visit, amount: value, of: .patient, into: .badDebt, source: .user(context.user.name),
                                    idempotencyKey: idempotencyKey, memo: "bad debt: \(note)", effectiveDate: context.today)]
        })
    }
}
