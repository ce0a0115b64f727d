import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

/// What check-in recorded: the new account, what was due and collected, and the receipt lines.
struct CheckInRecord: Sendable {
    var appointment: Appointment
    var account: AccountID
    var due: AmountDue
    var payment: DeskPayment?
    var notCollectedReason: String?
    /// Earlier accounts the payment paid down, and how much on each.
    var appliedToPriorAccounts: [(AccountID, Money)]
    var appliedToVisit: Money
    var events: [HostEvent]
}

extension AccessStore {
    /// The patient's guarantor (the first linked) and what they owe on earlier visits, patient share.
    func priorBalance(of patient: PatientID, site: String) throws -> (GuarantorID, Money, [(AccountID, Money)]) {
        try database.writer.read { db in try Self.priorBalance(of: patient, site: site, in: db) }
    }

    static func priorBalance(of patient: PatientID, site: String, in db: Database) throws -> (GuarantorID, Money, [(AccountID, Money)]) {
        // The guarantor linked first at registration; for patients registered before links were kept, their own guarantor row.
        guard let guarantor = try Int64.fetchOne(db, sql: """
            SELECT guarantor_id FROM (
                SELECT guarantor_id, 0 AS rank, created_at FROM access_guarantor_link WHERE patient_id = ?
                UNION ALL SELECT id, 1, 0 FROM guarantor WHERE patient_id = ? AND site = ?)
            ORDER BY rank, created_at, guarantor_id LIMIT 1
            """, arguments: [patient.rawValue, patient.rawValue, site]) else {
            throw RevCycleError(.notFound, "Patient \(patient) has no guarantor on file, so no account can be opened.",
                                remedy: "register the patient with a guarantor")
        }
        var owed: [(AccountID, Money)] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT a.id, b.amount FROM account a JOIN account_balance b ON b.account_id = a.id
            WHERE a.guarantor_id = ? AND a.site = ? AND b.bucket = 'ar:patient' AND b.amount > 0
            ORDER BY a.service_date, a.id
            """, arguments: [guarantor, site]) {
            owed.append((AccountID(row["id"]), Money(cents: row["amount"])))
        }
        return (GuarantorID(guarantor), owed.reduce(.zero) { $0 + $1.1 }, owed)
    }

    /// Checks the patient in, as one transaction: opens the visit's account, posts the payment
    /// (earlier balances first, oldest visit first, up to the prior balance asked; the rest on the new
    /// account, where it waits as a credit until the visit's charges post), records what was due and
    /// collected (or why not), marks the appointment checked in, and records the event.
    ///
    /// - Throws: `conflict` when the appointment is not scheduled; nothing is written then.
    func checkIn(_ id: AppointmentID, due: AmountDue, payment: DeskPayment?, notCollectedReason: String?, on today: CalendarDate,
                 by actor: ActingUser) throws -> CheckInRecord {
        try database.writer.write { db in
            let appointment = try Self.appointment(id, site: actor.site, in: db)
            try Self.require(appointment, is: .scheduled, toBe: "checked in")
            let (guarantor, _, owed) = try Self.priorBalance(of: appointment.patient, site: actor.site, in: db)
            let account = try SQLitePatientRegistry.insertAccount(guarantor: guarantor, patient: appointment.patient,
                                                                  serviceDate: appointment.date, by: actor, in: db)
            var entries: [JournalEntry] = []
            var applied: [(AccountID, Money)] = []
            var toVisit = Money.zero
            if let payment {
                let source = payment.method == "card" ? EntrySource(.gateway, reference: payment.reference) : .user(actor.user)
                var forPrior = min(due.priorBalance, payment.amount)
                for (earlier, balance) in owed where forPrior > .zero {
                    let part = min(balance, forPrior)
                    forPrior -= part
                    applied.append((earlier, part))
                    entries.append(try .payment(account: earlier, amount: part, from: .patient, owed: balance, source: source,
                                                idempotencyKey: "access.checkin:\(id):\(earlier)",
                                                memo: "check-in \(id): prior balance, \(payment.method) \(payment.reference)",
                                                effectiveDate: today))
                }
                toVisit = payment.amount - applied.reduce(.zero) { $0 + $1.1 }
                if toVisit > .zero {
                    entries.append(try .payment(account: account.id, amount: toVisit, from: .patient, owed: .zero, source: source,
                                                idempotencyKey: "access.checkin:\(id):\(account.id)",
                                                memo: "check-in \(id): copay and deposit held for the visit, \(payment.method) \(payment.reference)",
                                                effectiveDate: today))
                }
            }
            let event = HostEvent(name: "access.checkin.completed", site: actor.site, account: account.id, fields: [
                "appointment": id.description, "amount_due_cents": String(due.total.cents),
                "collected_cents": String(payment?.amount.cents ?? 0), "method": payment?.method ?? "none",
                "not_collected_reason": notCollectedReason ?? "", "provider_npi": appointment.provider.digits,
                "services": appointment.services.map(\.rawValue).joined(separator: " "),
            ], occurredAt: actor.at)
            let recorded = entries.isEmpty ? [try SQLiteEventLog.append(event, in: db)]
                : try SQLiteLedgerStore.post(entries, publishing: [event], by: actor, in: db).events
            try db.execute(sql: "UPDATE access_appointment SET status = 'checked-in', account_id = ? WHERE id = ?",
                           arguments: [account.id.rawValue, id.rawValue])
            var card: CardToken?
            if case .card(let charge) = payment { card = charge.card }
            try db.execute(sql: """
                INSERT INTO access_checkin (appointment_id, site, account_id, copay_cents, prior_balance_cents, deposit_cents,
                    amount_due_cents, due_explanation, collected_cents, method, reference, card_brand, card_last_four,
                    not_collected_reason, checked_in_at, checked_in_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id.rawValue, actor.site, account.id.rawValue, due.copay.cents, due.priorBalance.cents,
                                 due.deposit.cents, due.total.cents, due.note, payment?.amount.cents ?? 0, payment?.method,
                                 payment?.reference, card?.brand.rawValue, card?.lastFour, notCollectedReason,
                                 actor.at.timeIntervalSince1970, actor.user])
            let collected = payment.map { "\($0.method) \($0.amount)" } ?? "nothing"
            try Self.recordChange(id, patient: appointment.patient, "check-in",
                                  detail: "due \(due.total), collected \(collected)\(notCollectedReason.map { "; not collected: \($0)" } ?? "")",
                                  account: account.id, by: actor, in: db)
            var updated = appointment
            updated.status = .checkedIn
            updated.account = account.id
            return CheckInRecord(appointment: updated, account: account.id, due: due, payment: payment,
                                 notCollectedReason: notCollectedReason, appliedToPriorAccounts: applied, appliedToVisit: toVisit,
                                 events: recorded)
        }
    }
}
