import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

extension BillingStore {
    // MARK: - Claims

    /// Builds a draft claim to `coverage`'s payer from the encounter's charge lines owed by that payer
    /// and not already on a live claim, with its first transition.
    ///
    /// - Throws: `conflict` when no line is left to claim.
    func createClaim(account: AccountID, coverage: Coverage, by actor: ActingUser) throws -> Claim {
        try database.writer.write { db in
            let encounter = try SQLitePatientRegistry.account(account, site: actor.site, in: db)
            let owed = Liability.insurance(coverage.payer).description
            let claimed = Set(try Int64.fetchAll(db, sql: """
                SELECT l.charge_id FROM billing_claim_line l JOIN billing_claim c ON c.id = l.claim_id
                WHERE c.account_id = ? AND c.payer = ? AND c.state NOT IN ('rejected', 'closed') AND c.frequency != '8'
                """, arguments: [account.rawValue, coverage.payer.rawValue]))
            let lines = try Self.charges(of: account, in: db).filter { $0.liability.description == owed && !claimed.contains($0.id) }
            guard !lines.isEmpty else {
                throw RevCycleError(.conflict, "Account \(account) has no charge owed by \(coverage.payer) that is not already on a claim.",
                                    remedy: "revcycle billing claim list --account \(account)")
            }
            guard lines.count <= 50 else {
                throw RevCycleError(.invalidInput, "Account \(account) has \(lines.count) lines for \(coverage.payer); an 837P claim carries at most 50.")
            }
            let id = try Self.insertClaim(account: account, payer: coverage.payer, coverage: coverage.id ?? 0, priority: coverage.priority,
                                          frequency: .original, replaces: nil, payerClaimNumber: nil, lines: lines,
                                          serviceDate: lines.map(\.serviceDate).min() ?? encounter.serviceDate, by: actor, in: db)
            try Self.recordTransition(id, from: nil, to: .draft, reason: "built from \(lines.count) charge line(s)", patient: encounter.patient,
                                      account: account, by: actor, in: db)
            return try Self.claim(id, site: actor.site, in: db)
        }
    }

    /// A replacement (frequency 7) or void (8) of an adjudicated claim: the same lines, the payer's claim
    /// number in REF*F8, a draft to scrub and send; the original is closed as replaced.
    func supersede(_ id: Int64, with frequency: Claim.Frequency, reason: String, by actor: ActingUser) throws -> Claim {
        try database.writer.write { db in
            let original = try Self.claim(id, site: actor.site, in: db)
            guard original.state.isAdjudicated, original.state != .closed else {
                throw RevCycleError(.conflict, "Claim \(original.patientControlNumber) is \(original.state.rawValue); only a claim the payer adjudicated can be replaced or voided.",
                                    remedy: original.state == .rejected ? "correct it and scrub it again (it returns to draft)" : nil)
            }
            guard let payerNumber = original.payerClaimNumber else {
                throw RevCycleError(.conflict, "Claim \(original.patientControlNumber) has no payer claim number from an 835, which a replacement must name.")
            }
            let patient = try SQLitePatientRegistry.account(original.account, site: actor.site, in: db).patient
            let replacement = try Self.insertClaim(
                account: original.account, payer: original.payer, coverage: original.coverage, priority: original.priority, frequency: frequency,
                replaces: original.id, payerClaimNumber: payerNumber, lines: original.lines, serviceDate: original.serviceDate, by: actor, in: db)
            let what = frequency == .void ? "void" : "replacement"
            try Self.recordTransition(replacement, from: nil, to: .draft, reason: "\(what) of \(original.patientControlNumber): \(reason)",
                                      patient: patient, account: original.account, by: actor, in: db)
            try Self.move(original, to: .closed, reason: "\(what) \(Claim.patientControlNumber(replacement)) sent instead: \(reason)", by: actor, in: db)
            return try Self.claim(replacement, site: actor.site, in: db)
        }
    }

    static func insertClaim(account: AccountID, payer: PayerCode, coverage: Int64, priority: CoveragePriority, frequency: Claim.Frequency,
                                    replaces: Int64?, payerClaimNumber: String?, lines: [ChargeLine], serviceDate: CalendarDate,
                                    by actor: ActingUser, in db: Database) throws -> Int64 {
        let total = lines.reduce(Money.zero) { $0 + $1.amount }
        try db.execute(sql: """
            INSERT INTO billing_claim (site, account_id, payer, coverage_id, priority, frequency, replaces_claim_id, total_cents, state,
                service_date, payer_claim_number, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)
            """, arguments: [actor.site, account.rawValue, payer.rawValue, coverage, priority.rawValue, frequency.rawValue, replaces, total.cents,
                             serviceDate.description, payerClaimNumber, actor.at.timeIntervalSince1970, actor.user])
        let id = db.lastInsertedRowID
        for (index, line) in lines.enumerated() {
            try db.execute(sql: "INSERT INTO billing_claim_line (claim_id, line_number, charge_id) VALUES (?, ?, ?)", arguments: [id, index + 1, line.id])
        }
        return id
    }

    /// Moves a claim to `state`, refusing a move the state machine does not allow.
    func transition(_ id: Int64, to state: ClaimState, reason: String, by actor: ActingUser) throws -> Claim {
        try database.writer.write { db in
            let claim = try Self.claim(id, site: actor.site, in: db)
            try Self.move(claim, to: state, reason: reason, by: actor, in: db)
            return try Self.claim(id, site: actor.site, in: db)
        }
    }

    /// Moves a claim along the state machine with its transition and audit rows, through cached
    /// statements (an 835 moves thousands of claims in one transaction). Pass the patient when known.
    static func move(_ claim: Claim, to state: ClaimState, reason: String, patient known: PatientID? = nil, by actor: ActingUser,
                     in db: Database) throws {
        guard claim.state.next.contains(state) else {
            throw RevCycleError(.conflict, "Claim \(claim.patientControlNumber) is \(claim.state.rawValue); it cannot become \(state.rawValue).")
        }
        try db.cachedStatement(sql: "UPDATE billing_claim SET state = ? WHERE id = ?").execute(arguments: [state.rawValue, claim.id])
        let patient = try known ?? SQLitePatientRegistry.account(claim.account, site: actor.site, in: db).patient
        try recordTransition(claim.id, from: claim.state, to: state, reason: reason, patient: patient, account: claim.account, by: actor, in: db)
    }

    static func recordTransition(_ id: Int64, from: ClaimState?, to: ClaimState, reason: String, patient: PatientID, account: AccountID,
                                 by actor: ActingUser, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO billing_claim_transition (claim_id, at, user, from_state, to_state, reason) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, actor.at.timeIntervalSince1970, actor.user, from?.rawValue, to.rawValue, reason])
        try SQLiteAuditLog.append(action: "billing.claim.\(to.rawValue)", outcome: .allowed, patient: patient, account: account,
                                  detail: "claim \(Claim.patientControlNumber(id)): \(from?.rawValue ?? "new") → \(to.rawValue): \(reason)",
                                  by: actor, in: db)
    }

    /// Records a scrub run; a clean run moves a draft to `scrubbed`, one with errors moves a scrubbed claim back to `draft`.
    ///
    /// - Returns: the claim after the run, and the run's number (1 for the first scrub).
    func recordScrub(_ id: Int64, edits: [ScrubEdit], by actor: ActingUser) throws -> (Claim, run: Int) {
        try database.writer.write { db in
            var claim = try Self.claim(id, site: actor.site, in: db)
            if claim.state == .rejected {
                // A claim the payer's front end rejected was never adjudicated: it is corrected and sent again as is.
                try Self.move(claim, to: .draft, reason: "reopened for correction after the rejection", by: actor, in: db)
                claim = try Self.claim(id, site: actor.site, in: db)
            }
            guard claim.state == .draft || claim.state == .scrubbed else {
                throw RevCycleError(.conflict, "Claim \(claim.patientControlNumber) is \(claim.state.rawValue); only draft, scrubbed and rejected claims are scrubbed.")
            }
            let run = (try Int.fetchOne(db, sql: "SELECT max(run) FROM billing_scrub WHERE claim_id = ?", arguments: [id]) ?? 0) + 1
            let errors = edits.filter { $0.severity == .error }
            let text = edits.map { "\($0.severity.rawValue)|\($0.rule)|\($0.message)" }.joined(separator: "\n")
            try db.execute(sql: "INSERT INTO billing_scrub (claim_id, run, at, errors, warnings, edits) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [id, run, actor.at.timeIntervalSince1970, errors.count, edits.count - errors.count, text])
            if errors.isEmpty, claim.state == .draft {
                try Self.move(claim, to: .scrubbed, reason: "scrub \(run): clean", by: actor, in: db)
            } else if !errors.isEmpty, claim.state == .scrubbed {
                try Self.move(claim, to: .draft, reason: "scrub \(run): \(errors.count) error(s)", by: actor, in: db)
            }
            return (try Self.claim(id, site: actor.site, in: db), run)
        }
    }

    /// Claims of the site, newest first, filtered by state, payer or account.
    func claims(state: ClaimState? = nil, payer: PayerCode? = nil, account: AccountID? = nil, site: String) throws -> [Claim] {
        var conditions = ["site = ?"]
        var arguments: StatementArguments = [site]
        if let state { conditions.append("state = ?"); arguments += [state.rawValue] }
        if let payer { conditions.append("payer = ?"); arguments += [payer.rawValue] }
        if let account { conditions.append("account_id = ?"); arguments += [account.rawValue] }
        return try database.writer.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM billing_claim WHERE \(conditions.joined(separator: " AND ")) ORDER BY id DESC",
                               arguments: arguments).map { try Self.claim($0, site: site, in: db) }
        }
    }

    func claim(_ id: Int64, site: String) throws -> Claim {
        try database.writer.read { db in try Self.claim(id, site: site, in: db) }
    }

    /// The dates of service of the site's claims among `ids`, read together (an 835's denials are
    /// routed by how old their claims are); ids the site has no claim for are left out.
    func serviceDates(of ids: [Int64], site: String) throws -> [Int64: CalendarDate] {
        try database.writer.read { db in
            var dates: [Int64: CalendarDate] = [:]
            let statement = try db.cachedStatement(sql: "SELECT service_date FROM billing_claim WHERE id = ? AND site = ?")
            for id in Set(ids) {
                if let text = try String.fetchOne(statement, arguments: [id, site]) { dates[id] = try CalendarDate(parsing: text) }
            }
            return dates
        }
    }

    /// A claim's transitions, oldest first.
    func history(of id: Int64) throws -> [(at: Date, user: String, from: String?, to: String, reason: String)] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM billing_claim_transition WHERE claim_id = ? ORDER BY rowid", arguments: [id]).map { row in
                (Date(timeIntervalSince1970: row["at"]), row["user"], row["from_state"], row["to_state"], row["reason"])
            }
        }
    }

    /// The latest scrub's edits of a claim.
    func latestScrub(of id: Int64) throws -> [ScrubEdit] {
        try database.writer.read { db in
            guard let text = try String.fetchOne(db, sql: "SELECT edits FROM billing_scrub WHERE claim_id = ? ORDER BY run DESC LIMIT 1",
                                                 arguments: [id]) else { return [] }
            return text.split(separator: "\n").compactMap { line in
                let parts = line.split(separator: "|", maxSplits: 2).map(String.init)
                guard parts.count == 3, let severity = ScrubEdit.Severity(rawValue: parts[0]) else { return nil }
                return ScrubEdit(severity: severity, rule: parts[1], message: parts[2])
            }
        }
    }

    static func claim(_ id: Int64, site: String, in db: Database) throws -> Claim {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM billing_claim WHERE id = ? AND site = ?", arguments: [id, site]) else {
            throw RevCycleError(.notFound, "Claim \(Claim.patientControlNumber(id)) does not exist at site \(site).",
                                remedy: "revcycle billing claim list")
        }
        let lines = try Row.fetchAll(db, sql: """
            SELECT c.* FROM billing_claim_line l JOIN billing_charge c ON c.id = l.charge_id WHERE l.claim_id = ? ORDER BY l.line_number
            """, arguments: [id]).map(charge(from:))
        return Claim(
            id: id, account: AccountID(row["account_id"]), payer: try PayerCode(row["payer"]), coverage: row["coverage_id"],
            priority: try CoveragePriority(parsing: row["priority"]), frequency: Claim.Frequency(rawValue: row["frequency"]) ?? .original,
            replaces: row["replaces_claim_id"], total: Money(cents: row["total_cents"]),
            state: ClaimState(rawValue: row["state"]) ?? .draft, serviceDate: try CalendarDate(parsing: row["service_date"]),
            payerClaimNumber: row["payer_claim_number"], lines: lines)
    }
}
