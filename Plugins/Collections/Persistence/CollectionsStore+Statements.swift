import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

extension CollectionsStore {
    /// What the dunning policy and a statement need to know about a guarantor today.
    struct DunningFacts: Sendable {
        var lastStatement: (date: CalendarDate, step: DunningStep, balance: Money)?
        var statementsSent: Int
        /// The earliest first post-discharge statement among the guarantor's open visits.
        var firstStatement: CalendarDate?
        /// Patient payments (cash, check, card, plan, agency) posted after the last statement.
        var paidSinceLast: Money
        /// The first active hold that stops statements, in words.
        var stoppingHold: String?
        /// The first active hold that stops the cadence from escalating (statements still go out).
        var dunningHold: String?
        var planStanding: String
        var plan: StatementPlan?
        /// What a statement asks of a guarantor on a plan by its due date: the installment and any arrears.
        var planAmountDue: Money?
        /// On a plan, the statement is due when the next installment is (if later than the usual due date).
        var planDueDate: CalendarDate?
    }

    static func dunningFacts(of guarantor: GuarantorID, on day: CalendarDate, dueBy: CalendarDate, site: String,
                             in db: Database) throws -> DunningFacts {
        let last = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT statement_date, step, balance_cents FROM collections_statement WHERE guarantor_id = ? ORDER BY id DESC LIMIT 1
            """), arguments: [guarantor.rawValue])
        let lastStatement = try last.map { row -> (CalendarDate, DunningStep, Money) in
            (try CalendarDate(parsing: row[0]), DunningStep(rawValue: row[1]) ?? .statement, Money(cents: row[2]))
        }
        let sent = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM collections_statement WHERE guarantor_id = ?"),
                                    arguments: [guarantor.rawValue]) ?? 0
        let first = try String.fetchOne(db.cachedStatement(sql: """
            SELECT min(f.statement_date) FROM collections_first_statement f JOIN account a ON a.id = f.account_id
            WHERE a.guarantor_id = ? AND EXISTS (SELECT 1 FROM account_balance b WHERE b.account_id = a.id AND b.bucket LIKE 'ar:%' AND b.amount <> 0)
            """), arguments: [guarantor.rawValue]).map { try CalendarDate(parsing: $0) }
        let paid = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT coalesce(sum(p.amount), 0) FROM posting p JOIN journal_entry j ON j.id = p.entry_id JOIN account a ON a.id = p.account_id
            WHERE a.guarantor_id = ? AND p.bucket = 'cash' AND j.source_kind <> 'remittance' AND j.effective_date > ?
            """), arguments: [guarantor.rawValue, lastStatement?.0.description ?? "0000-00-00"]) ?? 0
        let holds = try activeHolds(of: guarantor, on: day, in: db)
        let plan = try activePlanSummary(of: guarantor, on: day, dueBy: dueBy, site: site, in: db)
        return DunningFacts(lastStatement: lastStatement, statementsSent: sent, firstStatement: first, paidSinceLast: Money(cents: paid),
                            stoppingHold: holds.first(where: \.stopsStatements)?.summary,
                            dunningHold: holds.first(where: \.stopsDunning)?.summary,
                            planStanding: plan?.standing ?? "none", plan: plan?.summary, planAmountDue: plan?.amountDue,
                            planDueDate: plan?.dueDate)
    }

    /// Opens a run in the run log; its summary is written by ``finishRun(_:outcome:by:)``.
    func startRun(on day: CalendarDate, outputFolder: String?, by actor: ActingUser) throws -> Int64 {
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO collections_statement_run (site, run_date, output_folder, started_at, run_by) VALUES (?, ?, ?, ?, ?)",
                           arguments: [actor.site, day.description, outputFolder, actor.at.timeIntervalSince1970, actor.user])
            return db.lastInsertedRowID
        }
    }

    /// Records a chunk of a run in one transaction: each statement (numbered here), its visits, the
    /// first-statement dates it starts, a final notice's 501(r) notice on each visit, and an audit row.
    func record(_ lines: [StatementRun.Line], run: Int64, on day: CalendarDate, by actor: ActingUser) throws -> [StatementRun.Line] {
        try database.writer.write { db in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return try lines.map { line in
                guard var statement = line.statement else { return line }
                // The number is the row's id, known before the insert (the write transaction is the only
                // writer), so the document is stored with the number it was printed with.
                let id = (try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) + 1 FROM collections_statement") ?? 1)
                statement.number = "ST\(id)"
                try db.execute(sql: """
                    INSERT INTO collections_statement (id, site, run_id, guarantor_id, statement_date, due_date, step, balance_cents, amount_due_cents,
                        pending_insurance_cents, pay_token, document, created_at, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, actor.site, run, statement.guarantor.rawValue, day.description, statement.dueDate.description,
                                     statement.step.rawValue, statement.balance.cents, statement.amountDue.cents, statement.pendingInsurance.cents,
                                     Self.token(of: statement.payOnlineLink), String(decoding: try encoder.encode(statement), as: UTF8.self),
                                     actor.at.timeIntervalSince1970, actor.user])
                for visit in statement.visits {
                    try db.execute(sql: """
                        INSERT INTO collections_statement_account (statement_id, account_id, patient_balance_cents, pending_insurance_cents)
                        VALUES (?, ?, ?, ?)
                        """, arguments: [id, visit.account.rawValue, visit.patientBalance.cents, visit.pendingInsurance.cents])
                    if visit.patientBalance > .zero {
                        try db.execute(sql: """
                            INSERT OR IGNORE INTO collections_first_statement (account_id, statement_id, statement_date) VALUES (?, ?, ?)
                            """, arguments: [visit.account.rawValue, id, day.description])
                    }
                    if statement.step == .finalNotice, visit.patientBalance > .zero, let notice = statement.actionNotice {
                        try db.execute(sql: """
                            INSERT INTO collections_eca_notice (account_id, sent_on, actions, deadline, recorded_at, recorded_by)
                            VALUES (?, ?, ?, ?, ?, ?)
                            """, arguments: [visit.account.rawValue, day.description, notice.actions.joined(separator: ","),
                                             notice.deadline.description, actor.at.timeIntervalSince1970, actor.user])
                    }
                }
                try SQLiteAuditLog.append(action: "collections.statement.issued", outcome: .allowed, patient: nil,
                                          account: statement.visits.first?.account,
                                          detail: "\(statement.number) \(statement.step.rawValue) to \(statement.guarantor): due \(statement.amountDue)",
                                          by: actor, in: db)
                return StatementRun.Line(guarantor: line.guarantor, statement: statement, skipped: nil)
            }
        }
    }

    /// Writes the run's summary to the run log.
    func finishRun(_ run: Int64, outcome: StatementRun.Outcome, at finished: Date) throws {
        var skipped: [String: Int] = [:]
        for line in outcome.lines {
            if let reason = line.skipped { skipped[String(reason.prefix { $0 != ":" }), default: 0] += 1 }
        }
        let summary = skipped.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO collections_statement_run_summary (run_id, guarantors_considered, statements, amount_due_cents, skipped, finished_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [run, outcome.considered, outcome.sent, outcome.amountDue.cents, summary, finished.timeIntervalSince1970])
        }
    }

    /// The token of a pay-online link (`…?t=<token>`).
    static func token(of link: String) -> String {
        link.components(separatedBy: "?t=").last ?? link
    }

    /// A statement as it was sent.
    static func statement(_ id: Int64, site: String, in db: Database) throws -> GuarantorStatement {
        guard let text = try String.fetchOne(db, sql: """
            SELECT document FROM collections_statement WHERE id = ? AND site = ?
            """, arguments: [id, site]) else {
            throw RevCycleError(.notFound, "Statement ST\(id) does not exist at site \(site).", remedy: "revcycle collections statements list")
        }
        return try JSONDecoder().decode(GuarantorStatement.self, from: Data(text.utf8))
    }

    func statement(_ id: Int64, site: String) throws -> GuarantorStatement {
        try database.writer.read { db in try Self.statement(id, site: site, in: db) }
    }

    /// The run log, newest first: each run with its summary (none when it did not finish).
    func runLog(site: String, limit: Int) throws -> [Row] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.id, r.run_date, r.run_by, s.guarantors_considered, s.statements, s.amount_due_cents, s.skipped, r.output_folder
                FROM collections_statement_run r LEFT JOIN collections_statement_run_summary s ON s.run_id = r.id
                WHERE r.site = ? ORDER BY r.id DESC LIMIT ?
                """, arguments: [site, limit])
        }
    }

    /// Statements sent, newest first.
    func statementRows(site: String, guarantor: GuarantorID?, limit: Int) throws -> [Row] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, guarantor_id, statement_date, step, balance_cents, amount_due_cents, pending_insurance_cents, due_date
                FROM collections_statement WHERE site = ? AND (? IS NULL OR guarantor_id = ?) ORDER BY id DESC LIMIT ?
                """, arguments: [site, guarantor?.rawValue, guarantor?.rawValue, limit])
        }
    }
}
