import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

extension CounselingStore {
    // MARK: - Values

    /// A visit that had a good-faith estimate: what each provider estimated (the latest estimate issued
    /// for its appointment), the charges billed so far, the bills flagged, and the disputes filed.
    struct GoodFaithVisit: Sendable {
        var account: AccountID
        var guarantor: GuarantorID
        var patient: PatientID
        var serviceDate: CalendarDate
        /// The estimate's number, as patient access issued it.
        var estimate: String
        var appointment: String
        var issuedOn: CalendarDate
        var estimated: [NationalProviderID: Money]
        /// The charges posted to the account (`billing.charge.posted`), oldest first.
        var charges: [BilledCharge]
        var flags: [NationalProviderID: ExcessFlag]
        var disputes: [Dispute]
    }

    /// One charge line as billing published it: the code, the rendering provider and the amount.
    struct BilledCharge: Sendable, Hashable {
        var code: String
        var renderingProvider: NationalProviderID
        var amount: Money
    }

    /// A provider's bill found at least the dispute threshold above the estimate, on `flaggedOn`.
    struct ExcessFlag: Sendable, Hashable {
        var provider: NationalProviderID
        var estimated: Money
        var billed: Money
        var flaggedOn: CalendarDate
        var task: WorkItemID?
    }

    /// What to record when a provider's bill first reaches the threshold: the flag, the counselor's task
    /// and the patient's notice.
    struct NewFlag: Sendable {
        var provider: NationalProviderID
        var estimated: Money
        var billed: Money
        var task: WorkItem
        var notice: String
    }

    /// A patient-provider dispute as filed, with its resolution once there is one.
    struct Dispute: Sendable, Hashable {
        var id: Int64
        var account: AccountID
        var guarantor: GuarantorID
        var provider: NationalProviderID
        var estimate: String
        var estimated: Money
        var billed: Money
        /// The date the 120 days count from (the day the bill was flagged and the patient told).
        var billDate: CalendarDate
        var filedOn: CalendarDate
        var filedBy: String
        var resolvedOn: CalendarDate?
        var outcome: String?

        var number: String { "D\(id)" }
        var excess: Money { billed - estimated }
    }

    /// The terms of a dispute the rules accepted: the amounts compared and the bill date.
    struct DisputeTerms: Sendable {
        var estimated: Money
        var billed: Money
        var billDate: CalendarDate
    }

    // MARK: - From patient access and billing

    /// Keeps a good-faith estimate as issued (`access.estimate.issued`). The same estimate twice is kept
    /// once. Returns the visit's account when its appointment was already checked in.
    func keepEstimate(_ estimate: String, patient: PatientID, appointment: String, issuedOn: CalendarDate,
                      providers: [NationalProviderID: Money], total: Money, event: Int64?, by actor: ActingUser) throws -> AccountID? {
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT OR IGNORE INTO counseling_estimate (estimate, site, patient_id, appointment, issued_on, providers, total_cents, event_seq,
                    recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [estimate, actor.site, patient.rawValue, appointment, issuedOn.description, Self.providerText(providers),
                                 total.cents, event, actor.at.timeIntervalSince1970])
            if db.changesCount > 0 {
                try SQLiteAuditLog.append(action: "counseling.estimate.keep", outcome: .allowed, patient: patient, account: nil,
                                          detail: "good-faith estimate \(estimate) for \(appointment): \(total)", by: actor, in: db)
            }
            return try Int64.fetchOne(db, sql: "SELECT account_id FROM counseling_visit WHERE appointment = ?", arguments: [appointment])
                .map(AccountID.init)
        }
    }

    /// Links a checked-in appointment to its account when it had a good-faith estimate; returns whether it had one.
    func linkVisit(appointment: String, account: AccountID, by actor: ActingUser) throws -> Bool {
        try database.writer.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM counseling_estimate WHERE appointment = ? AND site = ?",
                                    arguments: [appointment, actor.site]) == true else { return false }
            try db.execute(sql: "INSERT OR IGNORE INTO counseling_visit (appointment, site, account_id, linked_at) VALUES (?, ?, ?, ?)",
                           arguments: [appointment, actor.site, account.rawValue, actor.at.timeIntervalSince1970])
            if db.changesCount > 0 {
                try SQLiteAuditLog.append(action: "counseling.estimate.visit", outcome: .allowed, patient: nil, account: account,
                                          detail: "\(appointment) checked in as \(account)", by: actor, in: db)
            }
            return true
        }
    }

    /// Whether the account is a visit with a good-faith estimate (cheap: one indexed lookup).
    func hasGoodFaithEstimate(_ account: AccountID) throws -> Bool {
        try database.writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM counseling_visit WHERE account_id = ?", arguments: [account.rawValue]) == true
        }
    }

    /// Reviews the visit's bill inside one transaction: `review` sees the visit as it stands and names
    /// the providers to flag; each flag is recorded once with its task, its patient notice and an audit
    /// row (a provider already flagged is skipped). Returns the flags recorded.
    func flagExcess(account: AccountID, on day: CalendarDate, by actor: ActingUser,
                    review: (GoodFaithVisit) throws -> [NewFlag]) throws -> [NewFlag] {
        try database.writer.write { db in
            guard let visit = try Self.goodFaithVisit(account, site: actor.site, in: db) else { return [] }
            var recorded: [NewFlag] = []
            for flag in try review(visit) where visit.flags[flag.provider] == nil {
                let task = try SQLiteWorkQueue.create(flag.task, by: actor, in: db)
                try db.execute(sql: """
                    INSERT INTO counseling_estimate_flag (account_id, provider, estimate, estimated_cents, billed_cents, flagged_on, task_id,
                        recorded_at, recorded_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [account.rawValue, flag.provider.digits, visit.estimate, flag.estimated.cents, flag.billed.cents,
                                     day.description, task.rawValue, actor.at.timeIntervalSince1970, actor.user])
                try db.execute(sql: """
                    INSERT INTO counseling_notice (application_id, guarantor_id, kind, sent_on, text, recorded_at, recorded_by)
                    VALUES (NULL, ?, 'gfe-dispute-right', ?, ?, ?, ?)
                    """, arguments: [visit.guarantor.rawValue, day.description, flag.notice, actor.at.timeIntervalSince1970, actor.user])
                try SQLiteAuditLog.append(action: "counseling.estimate.flag", outcome: .allowed, patient: visit.patient, account: account,
                                          detail: "provider \(flag.provider) billed \(flag.billed - flag.estimated) above estimate \(visit.estimate); task \(task)",
                                          by: actor, in: db)
                recorded.append(flag)
            }
            return recorded
        }
    }

    // MARK: - Disputes

    /// Files a dispute over one provider's bill, in one transaction with its audit row and the
    /// `counseling.gfe.dispute.filed` event: `check` sees the visit as it stands and returns the terms,
    /// or throws the rule's refusal. A provider's bill is disputed once.
    func fileDispute(account: AccountID, provider: NationalProviderID, on day: CalendarDate, by actor: ActingUser,
                     check: (GoodFaithVisit) throws -> DisputeTerms) throws -> (Dispute, HostEvent) {
        try database.writer.write { db in
            guard let visit = try Self.goodFaithVisit(account, site: actor.site, in: db) else {
                throw RevCycleError(.notFound, "Visit \(account) has no good-faith estimate, so there is no estimate to dispute its bill against.",
                                    remedy: "revcycle counseling estimate compare \(account)")
            }
            if let earlier = visit.disputes.first(where: { $0.provider == provider }) {
                throw RevCycleError(.conflict, "The bill from provider \(provider) on \(account) was already disputed (\(earlier.number), filed \(earlier.filedOn)"
                                    + (earlier.resolvedOn.map { ", resolved \($0))." } ?? ", still open)."),
                                    remedy: "revcycle counseling dispute list --account \(account)")
            }
            let terms = try check(visit)
            try db.execute(sql: """
                INSERT INTO counseling_dispute (site, account_id, guarantor_id, provider, estimate, estimated_cents, billed_cents, bill_date, filed_on,
                    recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [actor.site, account.rawValue, visit.guarantor.rawValue, provider.digits, visit.estimate, terms.estimated.cents,
                                 terms.billed.cents, terms.billDate.description, day.description, actor.at.timeIntervalSince1970, actor.user])
            let dispute = try Self.disputes(where: "d.id = ?", [db.lastInsertedRowID], in: db)[0]
            try SQLiteAuditLog.append(action: "counseling.dispute.file", outcome: .allowed, patient: visit.patient, account: account,
                                      detail: "\(dispute.number): provider \(provider) billed \(dispute.excess) above estimate \(visit.estimate)",
                                      by: actor, in: db)
            let event = try SQLiteEventLog.append(HostEvent(name: "counseling.gfe.dispute.filed", site: actor.site, account: account, fields: [
                "guarantor": visit.guarantor.description, "dispute": dispute.number, "provider": provider.digits,
                "over_cents": String(dispute.excess.cents),
            ], occurredAt: actor.at), in: db)
            return (dispute, event)
        }
    }

    /// Records a dispute's resolution, in one transaction with its audit row and the
    /// `counseling.gfe.dispute.resolved` event.
    func resolveDispute(_ id: Int64, outcome: String, on day: CalendarDate, by actor: ActingUser) throws -> (Dispute, HostEvent) {
        try database.writer.write { db in
            guard let dispute = try Self.disputes(where: "d.id = ? AND d.site = ?", [id, actor.site], in: db).first else {
                throw RevCycleError(.notFound, "Dispute D\(id) does not exist at site \(actor.site).", remedy: "revcycle counseling dispute list")
            }
            if let resolved = dispute.resolvedOn {
                throw RevCycleError(.conflict, "\(dispute.number) was already resolved on \(resolved): \(dispute.outcome ?? "").")
            }
            guard day >= dispute.filedOn else {
                throw RevCycleError(.invalidInput, "\(dispute.number) was filed on \(dispute.filedOn); it cannot be resolved on \(day), before it was filed.")
            }
            try db.execute(sql: """
                INSERT INTO counseling_dispute_resolution (dispute_id, resolved_on, outcome, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)
                """, arguments: [id, day.description, outcome, actor.at.timeIntervalSince1970, actor.user])
            try SQLiteAuditLog.append(action: "counseling.dispute.resolve", outcome: .allowed, patient: nil, account: dispute.account,
                                      detail: "\(dispute.number): \(outcome)", by: actor, in: db)
            let event = try SQLiteEventLog.append(HostEvent(name: "counseling.gfe.dispute.resolved", site: actor.site, account: dispute.account, fields: [
                "guarantor": dispute.guarantor.description, "dispute": dispute.number, "outcome": outcome,
            ], occurredAt: actor.at), in: db)
            var resolved = dispute
            resolved.resolvedOn = day
            resolved.outcome = outcome
            return (resolved, event)
        }
    }

    /// The site's disputes, newest first (`account` narrows to one visit).
    func disputes(site: String, account: AccountID? = nil) throws -> [Dispute] {
        try database.writer.read { db in
            if let account { return try Self.disputes(where: "d.site = ? AND d.account_id = ?", [site, account.rawValue], in: db) }
            return try Self.disputes(where: "d.site = ?", [site], in: db)
        }
    }

    func goodFaithVisit(_ account: AccountID, site: String) throws -> GoodFaithVisit? {
        try database.writer.read { db in try Self.goodFaithVisit(account, site: site, in: db) }
    }

    // MARK: - Reading

    /// The visit with its latest good-faith estimate, its charges (the account's `billing.charge.posted`
    /// events), flags and disputes; nil when it had no estimate.
    static func goodFaithVisit(_ account: AccountID, site: String, in db: Database) throws -> GoodFaithVisit? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT e.estimate, e.appointment, e.issued_on, e.providers, e.patient_id, a.guarantor_id, a.service_date
            FROM counseling_visit v
            JOIN counseling_estimate e ON e.appointment = v.appointment
            JOIN account a ON a.id = v.account_id
            WHERE v.account_id = ? AND v.site = ?
            ORDER BY e.issued_on DESC, CAST(e.estimate AS INTEGER) DESC LIMIT 1
            """, arguments: [account.rawValue, site]) else { return nil }
        let charges = try String.fetchAll(db, sql: """
            SELECT fields FROM host_event WHERE account_id = ? AND name = 'billing.charge.posted' ORDER BY seq
            """, arguments: [account.rawValue]).map { text in
            guard let fields = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: String], let code = fields["code"],
                  let npi = try? NationalProviderID(parsing: fields["provider_npi"] ?? ""), let cents = Int64(fields["amount_cents"] ?? "") else {
                throw RevCycleError(.storage, "A billing.charge.posted event of \(account) lacks its code, provider_npi or amount_cents.")
            }
            return BilledCharge(code: code, renderingProvider: npi, amount: Money(cents: cents))
        }
        var flags: [NationalProviderID: ExcessFlag] = [:]
        for flag in try Row.fetchAll(db, sql: "SELECT * FROM counseling_estimate_flag WHERE account_id = ?", arguments: [account.rawValue]) {
            let npi = try NationalProviderID(parsing: flag["provider"])
            flags[npi] = ExcessFlag(provider: npi, estimated: Money(cents: flag["estimated_cents"]), billed: Money(cents: flag["billed_cents"]),
                                    flaggedOn: try CalendarDate(parsing: flag["flagged_on"]), task: (flag["task_id"] as Int64?).map(WorkItemID.init))
        }
        return GoodFaithVisit(
            account: account, guarantor: GuarantorID(row["guarantor_id"]), patient: PatientID(row["patient_id"]),
            serviceDate: try CalendarDate(parsing: row["service_date"]), estimate: row["estimate"], appointment: row["appointment"],
            issuedOn: try CalendarDate(parsing: row["issued_on"]), estimated: try providers(row["providers"]), charges: charges, flags: flags,
            disputes: try disputes(where: "d.account_id = ?", [account.rawValue], in: db))
    }

    static func disputes(where condition: String, _ arguments: [any DatabaseValueConvertible], in db: Database) throws -> [Dispute] {
        try Row.fetchAll(db, sql: """
            SELECT d.*, r.resolved_on, r.outcome FROM counseling_dispute d LEFT JOIN counseling_dispute_resolution r ON r.dispute_id = d.id
            WHERE \(condition) ORDER BY d.id DESC
            """, arguments: StatementArguments(arguments)).map { row in
            Dispute(id: row["id"], account: AccountID(row["account_id"]), guarantor: GuarantorID(row["guarantor_id"]),
                    provider: try NationalProviderID(parsing: row["provider"]), estimate: row["estimate"],
                    estimated: Money(cents: row["estimated_cents"]), billed: Money(cents: row["billed_cents"]),
                    billDate: try CalendarDate(parsing: row["bill_date"]), filedOn: try CalendarDate(parsing: row["filed_on"]),
                    filedBy: row["recorded_by"], resolvedOn: try (row["resolved_on"] as String?).map { try CalendarDate(parsing: $0) },
                    outcome: row["outcome"])
        }
    }

    /// `1003000126=145000;1245319599=62000` (the `providers` field of `access.estimate.issued`) → each NPI's cents.
    static func providers(_ text: String) throws -> [NationalProviderID: Money] {
        var totals: [NationalProviderID: Money] = [:]
        for item in text.split(separator: ";") where !item.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = item.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2, let npi = try? NationalProviderID(parsing: String(parts[0])), let cents = Int64(parts[1]), cents >= 0 else {
                throw RevCycleError(.invalidInput, "\"\(item)\" is not a provider's estimated charges; expected NPI=cents such as 1003000126=145000.")
            }
            totals[npi, default: .zero] += Money(cents: cents)
        }
        return totals
    }

    static func providerText(_ providers: [NationalProviderID: Money]) -> String {
        providers.sorted { $0.key < $1.key }.map { "\($0.key.digits)=\($0.value.cents)" }.joined(separator: ";")
    }
}
