import Foundation
import GRDB
import RevCycleCore
import RevCycleHost
import RevCycleScripting
import RevCycleStore

/// A statement run: for every guarantor who owes at least the site's minimum, ask the dunning policy
/// what to send today, build the statement from the ledger, and (unless it is a dry run) record it,
/// its visits' first post-discharge statement dates, a final notice's 501(r) notice, and the run log.
///
/// Work is done in chunks: the policy is asked outside a transaction (a failing script reports
/// itself as a work item), then each chunk's statements are written in one transaction. Rendered
/// files go to `outputFolder` as `ST<n>.txt` and `ST<n>.html`.
struct StatementRun {
    let services: HostServices
    let actor: ActingUser
    let runDate: CalendarDate
    let dryRun: Bool
    let outputFolder: URL?
    /// Called with (guarantors done, guarantors in all) now and then.
    var progress: (Int, Int) -> Void = { _, _ in }

    /// One guarantor's outcome in the run log.
    struct Line: Sendable {
        var guarantor: GuarantorID
        var statement: GuarantorStatement?
        var skipped: String?
    }

    struct Outcome: Sendable {
        var run: Int64?
        var considered: Int
        var lines: [Line]
        var amountDue: Money { lines.compactMap(\.statement).reduce(.zero) { $0 + $1.amountDue } }
        var sent: Int { lines.filter { $0.statement != nil }.count }
    }

    static let chunkSize = 2_000

    func perform() throws -> Outcome {
        let settings = try StatementSettings(site: services.site)
        let store = CollectionsStore(database: services.database)
        let chargemaster = try? services.chargemaster()
        let balances = try services.database.writer.read { db in try CollectionsStore.openBalances(site: actor.site, in: db) }
            .filter { $0.patient >= settings.minimumBalance }
        var outcome = Outcome(run: nil, considered: balances.count, lines: [])
        if !dryRun {
            outcome.run = try store.startRun(on: runDate, outputFolder: outputFolder?.path, by: actor)
        }
        if let outputFolder { try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true) }
        var done = 0
        for chunk in stride(from: 0, to: balances.count, by: Self.chunkSize).map({ balances[$0..<min($0 + Self.chunkSize, balances.count)] }) {
            var drafted: [(Line, [VisitLedger])] = []
            for balance in chunk {
                let facts = try services.database.writer.read { db in
                    try CollectionsStore.dunningFacts(of: balance.guarantor, on: runDate, dueBy: runDate.adding(days: settings.dueDays),
                                                      site: actor.site, in: db)
                }
                if let hold = facts.stoppingHold {
                    drafted.append((Line(guarantor: balance.guarantor, skipped: "on hold: \(hold)"), []))
                    continue
                }
                let decision = try nextStep(balance, facts: facts, settings: settings)
                guard var step = decision.step else {
                    drafted.append((Line(guarantor: balance.guarantor, skipped: "waiting: \(decision.reason)"), []))
                    continue
                }
                // A hold on the cadence (a dispute, an application, pending insurance) keeps the letter a plain statement.
                if facts.dunningHold != nil, step > (facts.lastStatement?.step ?? .statement) { step = facts.lastStatement?.step ?? .statement }
                let (statement, visits) = try draft(balance, facts: facts, step: step, settings: settings, chargemaster: chargemaster)
                // A statement whose figures do not add up is never mailed: it is held back and named in the run log.
                if let problem = statement.reconciliationProblems.first {
                    drafted.append((Line(guarantor: balance.guarantor, skipped: "not reconciled: \(problem)"), []))
                    continue
                }
                drafted.append((Line(guarantor: balance.guarantor, statement: statement), visits))
            }
            if let run = outcome.run {
                let written = try store.record(drafted.map(\.0), run: run, on: runDate, by: actor)
                outcome.lines.append(contentsOf: written)
            } else {
                outcome.lines.append(contentsOf: drafted.map(\.0))
            }
            if let outputFolder { try write(outcome.lines.suffix(drafted.count), to: outputFolder) }
            done += chunk.count
            progress(done, balances.count)
        }
        if let run = outcome.run { try store.finishRun(run, outcome: outcome, at: services.clock.now()) }
        return outcome
    }

    private func nextStep(_ balance: CollectionsStore.GuarantorBalance, facts: CollectionsStore.DunningFacts,
                          settings: StatementSettings) throws -> (step: DunningStep?, reason: String) {
        let daysSinceLast = facts.lastStatement.map { $0.date.days(until: runDate) } ?? -1
        let daysSinceFirst = facts.firstStatement.map { $0.days(until: runDate) } ?? -1
        return try services.decide("collections.dunning.next_step", payload: [
            "guarantor": .string(balance.guarantor.description), "balance_cents": .integer(balance.patient.cents),
            "pending_insurance_cents": .integer(balance.insurance.cents), "statements_sent": .integer(Int64(facts.statementsSent)),
            "last_step": .string(facts.lastStatement?.step.rawValue ?? "none"),
            "days_since_last_statement": .integer(Int64(daysSinceLast)), "days_since_first_statement": .integer(Int64(daysSinceFirst)),
            "paid_since_last_statement_cents": .integer(max(facts.paidSinceLast.cents, 0)),
            "plan": .string(facts.planStanding), "cycle_days": .integer(Int64(settings.cycleDays)),
        ]) { value in
            let reason = value["reason"]?.stringValue ?? ""
            guard value["action"]?.stringValue == "send" else { return (nil, reason.isEmpty ? "the policy says wait" : reason) }
            guard let text = value["step"]?.stringValue, let step = DunningStep(rawValue: text) else {
                throw RevCycleError(.invalidInput, "action send needs a step: statement, reminder, past-due or final-notice")
            }
            return (step, reason)
        }
    }

    private func draft(_ balance: CollectionsStore.GuarantorBalance, facts: CollectionsStore.DunningFacts, step: DunningStep,
                       settings: StatementSettings, chargemaster: Chargemaster?) throws -> (GuarantorStatement, [VisitLedger]) {
        let (name, mailTo, ledgers) = try services.database.writer.read { db in
            let (name, mailTo) = try CollectionsStore.guarantor(balance.guarantor, site: actor.site, in: db)
            return (name, mailTo, try CollectionsStore.openVisits(of: balance.guarantor, in: db))
        }
        let visits = ledgers.map { ledger in
            StatementVisitFigures.visit(ledger) { code in chargemaster.flatMap { try? $0.item(code).description } }
        }
        let address = try mailTo.flatMap { try services.demographics(of: $0, by: actor)?.address }
        let total = visits.reduce(Money.zero) { $0 + $1.patientBalance }
        let pending = visits.reduce(Money.zero) { $0 + $1.pendingInsurance }
        let token = dryRun ? "preview" : Self.payToken()
        let firstStatement = facts.firstStatement ?? runDate
        var notices: [String] = []
        var actionNotice: ExtraordinaryActionNotice?
        if step == .finalNotice {
            let deadline = runDate.adding(days: settings.finalNoticeDays)
            notices.append(FinalNoticeWording.notice(deadline: deadline, facility: settings.facilityName, actions: settings.extraordinaryActions))
            actionNotice = ExtraordinaryActionNotice(actions: settings.extraordinaryActions, deadline: deadline)
        }
        let amountDue = max(.zero, min(facts.planAmountDue ?? total, total))
        let statement = GuarantorStatement(
            number: "ST-preview", guarantor: balance.guarantor, guarantorName: name,
            mailingAddress: address.map { [$0.line1] + ($0.line2.map { [$0] } ?? []) + ["\($0.city), \($0.state) \($0.zip)"] } ?? [],
            statementDate: runDate, dueDate: facts.planDueDate ?? runDate.adding(days: settings.dueDays), step: step,
            facility: settings.facility, priorBalance: facts.lastStatement?.balance ?? .zero, paymentsSincePrior: facts.paidSinceLast,
            visits: visits, balance: total, amountDue: amountDue, pendingInsurance: pending, plan: facts.plan,
            payOnlineLink: "\(settings.payOnlineURL)?t=\(token)",
            assistance: StatementAssistance(summary: settings.assistanceSummary, phone: settings.facility.phone,
                                            applyBy: firstStatement.adding(days: 240)),
            notices: notices, actionNotice: actionNotice)
        return (statement, ledgers)
    }

    private func write(_ lines: ArraySlice<Line>, to folder: URL) throws {
        for statement in lines.compactMap(\.statement) {
            try StatementText.render(statement).write(to: folder.appendingPathComponent("\(statement.number).txt"), atomically: true, encoding: .utf8)
            try StatementHTML.render(statement).write(to: folder.appendingPathComponent("\(statement.number).html"), atomically: true, encoding: .utf8)
        }
    }

    /// A one-time token for the pay-online link: 128 random bits, never an account or a guarantor number.
    static func payToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%08x", UInt32.random(in: .min ... .max, using: &generator)) }.joined()
    }
}
