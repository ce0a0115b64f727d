import ArgumentParser
import Foundation
import GRDB
import RevCycleStore
import RevCycleCore
import RevCycleHost

/// `revcycle collections statements run|list|show`: patient statements on the site's cycle.
struct StatementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statements",
        abstract: "Run patient statements on the site's cycle (with a dry-run preview), list them, and show one as sent.",
        subcommands: [Run.self, List.self, Show.self])

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send today's statements: every guarantor owing at least the site minimum, as the dunning policy decides.",
            discussion: """
                For each guarantor whose patient balance is at least
                parameters.collections.minimum_statement_balance, the site's
                collections.dunning.next_step policy chooses what to send (statement, reminder,
                past-due or final notice) or to wait. Holds stop or soften it (bankruptcy and
                deceased stop statements; a dispute, an assistance application or pending
                insurance keep the cadence from escalating). Each statement is itemized from
                the ledger; amounts still with insurance are shown, never demanded. A visit's
                first statement starts its 501(r) clock; a final notice records the 30-day
                notice of extraordinary actions.

                --dry-run previews the run and records nothing. --out writes ST<n>.txt and
                ST<n>.html per statement.

                Examples:
                  revcycle collections statements run --dry-run
                  revcycle collections statements run --out var/statements/2026-11-29
                """)

        @OptionGroup var options: GlobalOptions
        @Flag(help: "Preview: decide and draft every statement, record nothing.") var dryRun = false
        @Option(help: "A folder for the rendered statements (text and HTML).") var out: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.statements.run", roles: [.collections])
            var run = StatementRun(services: context.services, actor: context.actor, runDate: context.today, dryRun: dryRun,
                                   outputFolder: out.map { URL(fileURLWithPath: $0, isDirectory: true) })
            run.progress = { done, all in
                guard all >= 5_000 else { return }
                FileHandle.standardError.write(Data("statements: \(done) of \(all) guarantors\n".utf8))
            }
            let outcome = try run.perform()
            var report = Report(columns: ["guarantor", "statement", "step", "balance", "amount due", "due date", "pending insurance", "note"])
            for line in outcome.lines {
                if let statement = line.statement {
                    report.append([.text(line.guarantor.description), .text(dryRun ? "(preview)" : statement.number),
                                   .text(statement.step.rawValue), .money(statement.balance), .money(statement.amountDue),
                                   .text(statement.dueDate.description), .money(statement.pendingInsurance),
                                   .text(statement.plan.map { "plan \($0.plan)" } ?? "")])
                } else {
                    report.append([.text(line.guarantor.description), .empty, .empty, .empty, .empty, .empty, .empty, .text(line.skipped ?? "")])
                }
            }
            context.emit(report)
            let summary = "\(dryRun ? "Dry run: would send" : "Sent") \(outcome.sent) statement(s) to \(outcome.considered) guarantor(s) owing at least the minimum; amount due \(outcome.amountDue)"
                + (outcome.run.map { " (run R\($0))" } ?? "") + (out.map { "; files in \($0)" } ?? "")
            FileHandle.standardError.write(Data((summary + "\n").utf8))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Statements sent, newest first (one guarantor with --guarantor), or the run log with --runs.")

        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this guarantor's statements (G3).") var guarantor: String?
        @Flag(help: "The run log: each run with its counts and why guarantors were skipped.") var runs = false
        @Option(help: "At most this many rows.") var limit = 50

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.statements.list", roles: [.collections])
            let who = try guarantor.map { try GuarantorID(parsing: $0) }
            let store = CollectionsStore(database: context.services.database)
            let rows = runs ? try store.runLog(site: context.actor.site, limit: limit)
                : try store.statementRows(site: context.actor.site, guarantor: who, limit: limit)
            if runs {
                var report = Report(columns: ["run", "date", "by", "guarantors", "statements", "amount due", "skipped", "files"])
                for row in rows {
                    let finished = (row["statements"] as Int64?) != nil
                    report.append([.text("R\(row["id"] as Int64)"), .text(row["run_date"]), .text(row["run_by"]),
                                   finished ? .number(row["guarantors_considered"]) : .text("did not finish"),
                                   finished ? .number(row["statements"]) : .empty,
                                   finished ? .money(Money(cents: row["amount_due_cents"])) : .empty,
                                   .text(row["skipped"] ?? ""), .text(row["output_folder"] ?? "")])
                }
                context.emit(report)
                return
            }
            try context.auditRead("collections.statements.list", detail: who.map { "guarantor \($0)" } ?? "all")
            var report = Report(columns: ["statement", "guarantor", "date", "step", "balance", "amount due", "due date", "pending insurance"])
            for row in rows {
                report.append([.text("ST\(row["id"] as Int64)"), .text(GuarantorID(row["guarantor_id"]).description), .text(row["statement_date"]),
                               .text(row["step"]), .money(Money(cents: row["balance_cents"])), .money(Money(cents: row["amount_due_cents"])),
                               .text(row["due_date"]), .money(Money(cents: row["pending_insurance_cents"]))])
            }
            context.emit(report)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a statement exactly as it was sent (text), or write its HTML.",
            discussion: """
                Examples:
                  revcycle collections statements show ST41
                  revcycle collections statements show ST41 --html st41.html
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The statement (ST41).") var statement: String
        @Option(help: "Write the print-ready HTML to this file.") var html: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "collections", action: "collections.statements.show", roles: [.collections])
            let id = try RecordNumber.parse(statement, prefix: "ST", what: "a statement number")
            let document = try CollectionsStore(database: context.services.database).statement(id, site: context.actor.site)
            try context.auditRead("collections.statements.show", account: document.visits.first?.account, detail: document.number)
            if let html {
                try StatementHTML.render(document).write(toFile: html, atomically: true, encoding: .utf8)
                FileHandle.standardError.write(Data("wrote \(html)\n".utf8))
            }
            if context.format == .json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(document), as: UTF8.self))
            } else {
                print(StatementText.render(document))
            }
        }
    }
}
