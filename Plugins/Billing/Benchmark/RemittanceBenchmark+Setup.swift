import ArgumentParser
import Foundation
import GRDB
import RevCycleCore
import RevCycleHost
import RevCycleStore

/// The submitted claims a benchmark run registered, by position.
struct RegisteredClaims: Sendable {
    var claimIDs: [Int64] = []
    /// Two charge lines per claim, in claim order.
    var chargeIDs: [Int64] = []
    var serviceDate: CalendarDate

    /// The charges of claim `index`'s two lines in cents: an office visit that varies, and a panel.
    static func charges(of index: Int) -> (visit: Int64, panel: Int64) {
        (12_000 + Int64(index * 37 % 8_000), 6_400)
    }

    static func memberID(of index: Int) -> String { "W\(100_000_000 + index)" }
}

extension RemittanceBenchmark {
    // MARK: - The scratch home

    /// A scratch home (see ``BenchmarkHome``) and the context a billing command opens in it.
    static func makeHome(in folder: URL, registry: PluginRegistry, scripts: [URL]) throws -> CommandContext {
        try BenchmarkHome.make(in: folder, registry: registry, scripts: scripts, role: .billing, module: "billing", action: "billing.benchmark")
    }

    // MARK: - Patients, charges and claims

    /// Registers `count` patients, each with an Aetna coverage, an encounter 20 days ago with two
    /// diagnoses, two charge lines (posted to the ledger) and a claim taken through draft and scrubbed
    /// to submitted — through the registry's and the billing store's own inserts, 1,000 claims per
    /// transaction, with their audit rows.
    static func registerClaims(_ count: Int, context: CommandContext, progress: (String) -> Void) throws -> RegisteredClaims {
        let actor = context.actor
        let database = context.services.database
        let store = BillingStore(database: database)
        let payer = try PayerCode("AETNA")
        var registered = RegisteredClaims(serviceDate: context.today.adding(days: -20))
        registered.claimIDs.reserveCapacity(count)
        registered.chargeIDs.reserveCapacity(count * 2)
        let birth = try CalendarDate(parsing: "1960-01-01")
        let provider = try NationalProviderID(parsing: "1003000126")
        let codes = (visit: try ServiceCode(parsing: "99213"), panel: try ServiceCode(parsing: "80053"))
        for start in stride(from: 0, to: count, by: 1_000) {
            let end = min(start + 1_000, count)
            let claims = try database.writer.write { db in
                try (start..<end).map { index in
                    try registerClaim(index, payer: payer, birth: birth.adding(days: index % 15_000), provider: provider, codes: codes,
                                      into: &registered, by: actor, in: db)
                }
            }
            let file = "bench-837p-\(start / 1_000 + 1).837"
            try store.recordSubmission(file: file, payer: payer, guide: "005010X222A1", interchange: start / 1_000 + 1,
                                       group: start / 1_000 + 1, claims: claims, by: actor)
            if end % 10_000 == 0 { progress("  \(end) claims submitted") }
        }
        return registered
    }

    private static func registerClaim(_ index: Int, payer: PayerCode, birth: CalendarDate, provider: NationalProviderID,
                                      codes: (visit: ServiceCode, panel: ServiceCode), into registered: inout RegisteredClaims,
                                      by actor: ActingUser, in db: Database) throws -> Claim {
        let serviceDate = registered.serviceDate
        let patient = try SQLitePatientRegistry.insertPatient(mrn: "B\(index + 1)", familyName: "Bench", givenName: "Pat",
                                                              birthDate: birth, by: actor, in: db)
        let guarantor = try SQLitePatientRegistry.insertGuarantor(name: "Pat Bench", patient: patient.id, by: actor, in: db)
        let account = try SQLitePatientRegistry.insertAccount(guarantor: guarantor.id, patient: patient.id, serviceDate: serviceDate,
                                                              by: actor, in: db).id
        try db.cachedStatement(sql: """
            INSERT INTO coverage (site, patient_id, payer, member_id, group_number, plan_name, subscriber_relationship,
                priority, effective_date, end_date, created_at, created_by)
            VALUES (?, ?, ?, ?, 'G100', NULL, 'self', 'primary', '2026-01-01', NULL, ?, ?)
            """).execute(arguments: [actor.site, patient.id.rawValue, payer.rawValue, RegisteredClaims.memberID(of: index),
                                     actor.at.timeIntervalSince1970, actor.user])
        let coverage = db.lastInsertedRowID
        for (position, code) in ["E119", "I10"].enumerated() {
            try db.cachedStatement(sql: "INSERT INTO billing_diagnosis (account_id, position, code) VALUES (?, ?, ?)")
                .execute(arguments: [account.rawValue, position + 1, code])
        }
        let amounts = RegisteredClaims.charges(of: index)
        var lines: [ChargeLine] = []
        for (code, cents) in [(codes.visit, amounts.visit), (codes.panel, amounts.panel)] {
            var line = ChargeLine(id: 0, account: account, code: code, modifiers: [], units: 1, amount: Money(cents: cents),
                                  diagnosisPointers: [1, 2], renderingProvider: provider, serviceDate: serviceDate, revenueCode: nil,
                                  liability: .insurance(payer), entry: nil)
            let entry = try JournalEntry.charge(
                account: account, amount: line.amount, owedBy: line.liability, source: .user(actor.user),
                idempotencyKey: "bench.charge:\(account):\(code)", memo: "charge \(code) x1", effectiveDate: serviceDate)
            let receipt = try SQLiteLedgerStore.post([entry], publishing: [], by: actor, in: db).receipts[0]
            try db.cachedStatement(sql: """
                INSERT INTO billing_charge (site, account_id, code, modifiers, units, amount_cents, diagnosis_pointers, rendering_npi,
                    service_date, revenue_code, liability, entry_id, created_at, created_by)
                VALUES (?, ?, ?, '', 1, ?, '1:2', ?, ?, NULL, ?, ?, ?, ?)
                """).execute(arguments: [actor.site, account.rawValue, code.rawValue, cents, provider.digits, serviceDate.description,
                                         line.liability.description, receipt.entry.rawValue, actor.at.timeIntervalSince1970, actor.user])
            line.id = db.lastInsertedRowID
            line.entry = receipt.entry
            lines.append(line)
            registered.chargeIDs.append(line.id)
        }
        let id = try BillingStore.insertClaim(account: account, payer: payer, coverage: coverage, priority: .primary, frequency: .original,
                                              replaces: nil, payerClaimNumber: nil, lines: lines, serviceDate: serviceDate, by: actor, in: db)
        try BillingStore.recordTransition(id, from: nil, to: .draft, reason: "built from 2 charge line(s)", patient: patient.id,
                                          account: account, by: actor, in: db)
        try BillingStore.move(try BillingStore.claim(id, site: actor.site, in: db), to: .scrubbed, reason: "scrub 1: clean", by: actor, in: db)
        registered.claimIDs.append(id)
        return try BillingStore.claim(id, site: actor.site, in: db)
    }

    // MARK: - Reading back

    /// Each registered claim with its coverage, patient, demographics and diagnoses, as `claim submit` gathers them.
    static func batchInputs(_ registered: RegisteredClaims, context: CommandContext) throws -> [ClaimBatchBuilder.Input] {
        let site = context.actor.site
        let demographics = [
            try PatientDemographics(sex: .female, address: try PostalAddress(line1: "12 Elm St", city: "Springfield", state: try StateCode(parsing: "IL"),
                                                                            zip: try ZIPCode(parsing: "62701")),
                                    phone: nil, email: nil, preferredLanguage: nil, contact: try ContactPreferences(allowed: [.mail], textConsent: nil)),
        ]
        return try context.services.database.writer.read { db in
            try registered.claimIDs.enumerated().map { index, id in
                let claim = try BillingStore.claim(id, site: site, in: db)
                let patient = try SQLitePatientRegistry.patient(try SQLitePatientRegistry.account(claim.account, site: site, in: db).patient,
                                                                site: site, in: db)
                guard let coverage = try SQLiteCoverageStore.coverages(of: patient.id, in: db).first(where: { $0.id == claim.coverage }) else {
                    throw RevCycleError(.notFound, "Coverage C\(claim.coverage) of claim \(claim.patientControlNumber) is missing.")
                }
                var person = demographics[0]
                person.sex = index.isMultiple(of: 2) ? .female : .male
                return ClaimBatchBuilder.Input(claim: claim, coverage: coverage, patient: patient, demographics: person,
                                               diagnoses: try BillingStore.diagnoses(of: claim.account, in: db), primary: nil)
            }
        }
    }

    /// Every cash posting on the ledger, summed.
    static func cashOnLedger(_ database: RevCycleDatabase) throws -> Money {
        try SQLiteLedgerStore(database: database).total(of: .cash)
    }
}
