import Foundation
import GRDB
import RevCycleCore
import RevCycleHost
import RevCycleStore

/// The statement-run benchmark: a scratch home with `guarantors` guarantors who owe (a third of them
/// after an insurer's answer with a deductible and coinsurance, a fifth with a partial payment), then
/// one statement run over all of them, timed, and the rendering of every statement as text and HTML.
struct StatementBenchmark {
    var guarantors: Int
    var registry: PluginRegistry
    var scripts: [URL]

    struct Figures: Sendable {
        var guarantors: Int
        var statements: Int
        var amountDue: Money
        var setupSeconds: Double
        var runSeconds: Double
        var renderSeconds: Double
        var renderedBytes: Int
        var peakMemoryBytes: Int?
        var balanceOnLedger: Money
        var verification: LedgerVerification

        var report: Report {
            var report = Report(columns: ["phase", "guarantors", "seconds", "per second", "peak memory MB"])
            let memory = peakMemoryBytes.map { Int64($0 / 1_048_576) }
            report.append([.text("statement run (decide, build from the ledger, record)"), .number(Int64(statements)),
                           .text(String(format: "%.2f", runSeconds)), .number(Int64(Double(statements) / max(runSeconds, 1e-9))),
                           memory.map(Report.Cell.number) ?? .empty])
            report.append([.text("render text + HTML (\(renderedBytes / 1_048_576) MB)"), .number(Int64(statements)),
                           .text(String(format: "%.2f", renderSeconds)), .number(Int64(Double(statements) / max(renderSeconds, 1e-9))),
                           memory.map(Report.Cell.number) ?? .empty])
            return report
        }

        /// Every guarantor got a statement, the amounts due add up to the ledger's patient balance, the ledger verifies.
        var checks: [String] {
            var problems: [String] = []
            if statements != guarantors { problems.append("\(statements) statements for \(guarantors) guarantors") }
            if amountDue != balanceOnLedger { problems.append("amount due \(amountDue) but the ledger's patient balance is \(balanceOnLedger)") }
            if !verification.isClean { problems.append("ledger verify: \(verification)") }
            return problems
        }
    }

    func run(in folder: URL, progress: @escaping @Sendable (String) -> Void) throws -> Figures {
        let context = try BenchmarkHome.make(in: folder, registry: registry, scripts: scripts, role: .collections, module: "collections",
                                             action: "collections.benchmark")
        let clock = ContinuousClock()
        var setup = Duration.zero
        setup = try clock.measure { try Self.makeGuarantors(guarantors, context: context, progress: progress) }
        progress("  \(guarantors) guarantors owe; running statements")
        var outcome: StatementRun.Outcome?
        let run = try clock.measure {
            var statementRun = StatementRun(services: context.services, actor: context.actor, runDate: context.today, dryRun: false,
                                            outputFolder: nil)
            statementRun.progress = { done, all in if done % 20_000 == 0 || done == all { progress("  \(done) of \(all)") } }
            outcome = try statementRun.perform()
        }
        let statements = outcome?.lines.compactMap(\.statement) ?? []
        var bytes = 0
        let render = clock.measure {
            for statement in statements { bytes += StatementText.render(statement).utf8.count + StatementHTML.render(statement).utf8.count }
        }
        let balance = try context.services.database.writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT coalesce(sum(amount), 0) FROM account_balance WHERE bucket = 'ar:patient'") ?? 0
        }
        return Figures(guarantors: guarantors, statements: statements.count, amountDue: outcome?.amountDue ?? .zero,
                       setupSeconds: setup.inSeconds, runSeconds: run.inSeconds, renderSeconds: render.inSeconds,
                       renderedBytes: bytes, peakMemoryBytes: BenchmarkHome.peakResidentBytes(), balanceOnLedger: Money(cents: balance),
                       verification: try context.services.ledger.verify())
    }


    /// Patients, guarantors and visits 40 days old, through the registry's and the ledger's own
    /// inserts, 1,000 guarantors per transaction.
    static func makeGuarantors(_ count: Int, context: CommandContext, progress: (String) -> Void) throws {
        let actor = context.actor
        let serviceDate = context.today.adding(days: -40)
        let birth = try CalendarDate(parsing: "1970-01-01")
        let payer = try PayerCode("AETNA")
        for start in stride(from: 0, to: count, by: 1_000) {
            try context.services.database.writer.write { db in
                for index in start..<min(start + 1_000, count) {
                    let patient = try SQLitePatientRegistry.insertPatient(mrn: "S\(index + 1)", familyName: "Bench", givenName: "Pat",
                                                                          birthDate: birth.adding(days: index % 15_000), by: actor, in: db)
                    let guarantor = try SQLitePatientRegistry.insertGuarantor(name: "Pat Bench", patient: patient.id, by: actor, in: db)
                    let account = try SQLitePatientRegistry.insertAccount(guarantor: guarantor.id, patient: patient.id, serviceDate: serviceDate,
                                                                          by: actor, in: db).id
                    let charge = Money(cents: 10_000 + Int64(index % 500) * 137)
                    var entries = [try JournalEntry.charge(account: account, amount: charge, owedBy: index % 3 == 0 ? .insurance(payer) : .patient,
                                                           source: .user(actor.user), idempotencyKey: "bench.statement.charge:\(account)",
                                                           memo: "charge 99213 x1", effectiveDate: serviceDate)]
                    if index % 3 == 0 {
                        // The insurer paid 60%, wrote off 10%, and left 30% to the patient: deductible and coinsurance.
                        let paid = charge.scaled(by: 60, over: 100, rounding: .down), contractual = charge.scaled(by: 10, over: 100, rounding: .down)
                        let deductible = charge.scaled(by: 20, over: 100, rounding: .down)
                        let coinsurance = charge - paid - contractual - deductible
                        let source = EntrySource.remittance(trace: "BENCH", claim: "RC\(index + 1)")
                        entries.append(try JournalEntry(source: source, idempotencyKey: "bench.statement.remit:\(account)",
                                                        memo: "835 BENCH RC\(index + 1)", effectiveDate: serviceDate.adding(days: 20), postings: [
                                                            Posting(account: account, bucket: .cash, amount: paid),
                                                            Posting(account: account, bucket: .contractualAdjustment, amount: contractual),
                                                            Posting(account: account, bucket: .receivable(.insurance(payer)), amount: -charge),
                                                            Posting(account: account, bucket: .receivable(.patient), amount: deductible + coinsurance)]))
                        let answer = ClaimAdjudication(
                            claim: "RC\(index + 1)", payer: "AETNA", trace: "BENCH", isReversal: false, responsible: "patient", charges: charge,
                            paid: paid, contractual: contractual, denied: .zero, patientShares: [.deductible: deductible, .coinsurance: coinsurance],
                            adjustments: [.init(group: "CO", reason: "45", amount: contractual), .init(group: "PR", reason: "1", amount: deductible),
                                          .init(group: "PR", reason: "2", amount: coinsurance)], remarks: [])
                        _ = try SQLiteEventLog.append(HostEvent(name: "billing.claim.adjudicated", site: actor.site, account: account,
                                                                fields: answer.fields, occurredAt: actor.at), in: db)
                    }
                    if index % 5 == 0 {
                        entries.append(try .payment(account: account, amount: Money(cents: 2_500), from: .patient, owed: charge,
                                                    source: .user(actor.user), idempotencyKey: "bench.statement.payment:\(account)",
                                                    memo: "patient check \(index)", effectiveDate: serviceDate.adding(days: 25)))
                    }
                    _ = try SQLiteLedgerStore.post(entries, publishing: [], by: actor, in: db)
                }
            }
            if (start + 1_000) % 20_000 == 0 { progress("  \(start + 1_000) guarantors made") }
        }
    }
}
