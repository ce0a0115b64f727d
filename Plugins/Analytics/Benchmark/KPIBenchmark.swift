import Foundation
import GRDB
import RevCycleCore
import RevCycleHost
import RevCycleStore

/// The KPI benchmark: a scratch home with a year of a hospital's ledger (by default 100,000 visits,
/// about 1,000,000 postings, 70,000 claims with their scrubs and answers), then every KPI for the
/// year, timed. The workload is written through the ledger's own posting path (digests, balances,
/// the analytics summary's trigger, audit rows); the claim rows the billing view reads are written as
/// billing writes them.
struct KPIBenchmark {
    var visits: Int
    var registry: PluginRegistry
    var scripts: [URL]

    struct Figures: Sendable {
        var visits: Int
        var postings: Int
        var claims: Int
        var setupSeconds: Double
        var factsSeconds: Double
        var computeSeconds: Double
        var monthlySeconds: Double
        var kpis: Int
        /// VmHWM once the year is written: the generator's peak.
        var setupPeakMemoryBytes: Int?
        /// VmHWM at the end: the whole run's peak.
        var peakMemoryBytes: Int?

        /// One row per phase; the peak memory column is VmHWM after the workload and at the end.
        var report: Report {
            var report = Report(columns: ["phase", "seconds", "notes", "peak memory MB"])
            func megabytes(_ bytes: Int?) -> Report.Cell { bytes.map { .number(Int64($0 / 1_048_576)) } ?? .empty }
            report.append([.text("workload: \(visits) visits, \(postings) postings, \(claims) claims"), .text(String(format: "%.1f", setupSeconds)), .empty,
                           megabytes(setupPeakMemoryBytes)])
            report.append([.text("read the year's facts (SQL)"), .text(String(format: "%.3f", factsSeconds)), .empty, .empty])
            report.append([.text("compute every KPI for the year"), .text(String(format: "%.3f", computeSeconds)), .text("\(kpis) results"), .empty])
            report.append([.text("all KPIs for a year (read + compute)"), .text(String(format: "%.3f", factsSeconds + computeSeconds)),
                           .text("target: under 2 s"), .empty])
            report.append([.text("monthly series (read with every account's activity + compute)"), .text(String(format: "%.3f", monthlySeconds)), .empty,
                           .empty])
            report.append([.text("peak memory"), .empty, .text(peakMemoryBytes.map { "\($0 / 1_048_576) MB" } ?? ""), megabytes(peakMemoryBytes)])
            return report
        }
    }

    func run(in folder: URL, progress: @escaping @Sendable (String) -> Void) throws -> Figures {
        let context = try BenchmarkHome.make(in: folder, registry: registry, scripts: scripts, role: .analyst, module: "analytics",
                                             action: "analytics.benchmark")
        let clock = ContinuousClock()
        let end = context.today
        let start = try CalendarDate(year: end.year - 1, month: end.month, day: 1)
        var counts = (postings: 0, claims: 0)
        let setup = try clock.measure { counts = try Self.makeYear(visits, from: start, to: end, context: context, progress: progress) }
        let setupPeak = BenchmarkHome.peakResidentBytes()
        let range = AnalyticsFacts.DateRange(first: start, last: end)
        var facts: AnalyticsFacts?
        let read = try clock.measure {
            facts = try AnalyticsStore(database: context.services.database).facts(site: context.actor.site, range: range,
                                                                                  timeZone: context.services.site.timeZone, annualCost: Money(cents: 250_000_000),
                                                                                  withActivity: false)
        }
        var results: [KPIResult] = []
        let compute = clock.measure { results = KPIEngine.compute(facts!) }
        let monthly = try clock.measure {
            let withActivity = try AnalyticsStore(database: context.services.database).facts(
                site: context.actor.site, range: range, timeZone: context.services.site.timeZone, annualCost: nil, withActivity: true)
            _ = MonthlySeries(withActivity)
        }
        return Figures(visits: visits, postings: counts.postings, claims: counts.claims, setupSeconds: setup.inSeconds, factsSeconds: read.inSeconds,
                       computeSeconds: compute.inSeconds, monthlySeconds: monthly.inSeconds, kpis: results.count,
                       setupPeakMemoryBytes: setupPeak, peakMemoryBytes: BenchmarkHome.peakResidentBytes())
    }


    /// A year of visits, evenly spread: three charge lines each; 70% insured (a claim scrubbed and
    /// sent, answered 20 days later with a payment, a contractual write-off and a patient share; one
    /// in eight denied in part); half paid by the patient 40 days after the visit; some written off.
    static func makeYear(_ visits: Int, from start: CalendarDate, to end: CalendarDate, context: CommandContext,
                         progress: (String) -> Void) throws -> (postings: Int, claims: Int) {
        let actor = context.actor
        let days = max(start.days(until: end), 1)
        let payers = ["AETNA", "MEDICARE", "BCBS", "UHC"]
        var postings = 0, claims = 0
        let birth = try CalendarDate(parsing: "1970-01-01")
        for first in stride(from: 0, to: visits, by: 1_000) {
            try context.services.database.writer.write { db in
                for index in first..<min(first + 1_000, visits) {
                    let serviceDate = start.adding(days: index * days / visits)
                    let patient = try SQLitePatientRegistry.insertPatient(mrn: "K\(index + 1)", familyName: "Bench", givenName: "Pat",
                                                                          birthDate: birth.adding(days: index % 15_000), by: actor, in: db)
                    let guarantor = try SQLitePatientRegistry.insertGuarantor(name: "Pat Bench", patient: patient.id, by: actor, in: db)
                    let account = try SQLitePatientRegistry.insertAccount(guarantor: guarantor.id, patient: patient.id, serviceDate: serviceDate,
                                                                          by: actor, in: db).id
                    let insured = index % 10 < 7
                    let payer = payers[index % payers.count]
                    let liability: Liability = insured ? .insurance(try PayerCode(payer)) : .patient
                    var entries: [JournalEntry] = []
                    var total = Money.zero
                    for (line, code) in ["99214", "80053", "36415"].enumerated() {
                        let amount = Money(cents: 5_000 + Int64((index * 7 + line * 13) % 200) * 100)
                        total += amount
                        entries.append(try .charge(account: account, amount: amount, owedBy: liability, source: .user(actor.user),
                                                   idempotencyKey: "bench.kpi.charge:\(account):\(line)", memo: ChargeMemo.text(code: code, modifiers: [], units: 1),
                                                   effectiveDate: serviceDate))
                    }
                    var patientOwes = insured ? Money.zero : total
                    if insured {
                        claims += 1
                        let claim = try insertClaim(account: account, payer: payer, total: total, serviceDate: serviceDate, clean: index % 20 != 0,
                                                    at: serviceDate.adding(days: 2).start(in: context.services.site.timeZone), by: actor, in: db)
                        let answeredOn = min(serviceDate.adding(days: 20), end)
                        let denied = index % 8 == 0 ? total.scaled(by: 1, over: 3, rounding: .down) : .zero
                        let allowed = (total - denied).scaled(by: 60, over: 100, rounding: .down)
                        let share = allowed.scaled(by: 20, over: 100, rounding: .down)
                        let paid = allowed - share, contractual = total - denied - allowed
                        let owedByPayer = Liability.insurance(try PayerCode(payer))
                        entries.append(try JournalEntry(source: .remittance(trace: "BENCH\(index)", claim: claim), idempotencyKey: "bench.kpi.remit:\(account)",
                                                        memo: "835 BENCH\(index) \(claim)", effectiveDate: answeredOn, postings: [
                                                            Posting(account: account, bucket: .cash, amount: paid),
                                                            Posting(account: account, bucket: .contractualAdjustment, amount: contractual),
                                                            Posting(account: account, bucket: .receivable(owedByPayer), amount: -(paid + contractual + share)),
                                                            Posting(account: account, bucket: .receivable(.patient), amount: share)]))
                        let answer = ClaimAdjudication(
                            claim: claim, payer: payer, trace: "BENCH\(index)", isReversal: false, responsible: "patient", charges: total, paid: paid,
                            contractual: contractual, denied: denied, patientShares: [.deductible: share],
                            adjustments: [.init(group: "CO", reason: "45", amount: contractual), .init(group: "PR", reason: "1", amount: share)]
                                + (denied > .zero ? [.init(group: "CO", reason: "197", amount: denied)] : []),
                            remarks: [])
                        _ = try SQLiteEventLog.append(HostEvent(name: "billing.claim.adjudicated", site: actor.site, account: account, fields: answer.fields,
                                                                occurredAt: answeredOn.start(in: context.services.site.timeZone)), in: db)
                        patientOwes = share
                    }
                    // Nothing is dated after the end of the year: a benchmark of the past, as a report runs.
                    let paidOn = min(serviceDate.adding(days: 40), end), writtenOffOn = min(serviceDate.adding(days: 150), end)
                    if index % 2 == 0, patientOwes > .zero {
                        entries.append(try .payment(account: account, amount: patientOwes, from: .patient, owed: patientOwes, source: .user(actor.user),
                                                    idempotencyKey: "bench.kpi.pay:\(account)", memo: "patient check", effectiveDate: paidOn))
                    } else if index % 7 == 1, patientOwes > .zero {
                        entries.append(try .adjustment(account: account, amount: patientOwes, of: .patient, into: .badDebt, source: .user(actor.user),
                                                       idempotencyKey: "bench.kpi.baddebt:\(account)", memo: "bad debt", effectiveDate: writtenOffOn))
                    }
                    let posted = try SQLiteLedgerStore.post(entries, publishing: [], by: actor, in: db)
                    postings += entries.reduce(0) { $0 + $1.postings.count }
                    _ = posted
                }
            }
            if (first + 1_000) % 20_000 == 0 { progress("  \(first + 1_000) visits, \(postings) postings") }
        }
        return (postings, claims)
    }

    /// A claim as billing records it (the rows the `billing_claim_history` view reads): the claim,
    /// its first scrub, and its move to submitted.
    static func insertClaim(account: AccountID, payer: String, total: Money, serviceDate: CalendarDate, clean: Bool, at: Date,
                            by actor: ActingUser, in db: Database) throws -> String {
        try db.execute(sql: """
            INSERT INTO coverage (site, patient_id, payer, member_id, group_number, plan_name, subscriber_relationship, priority, effective_date,
                end_date, created_at, created_by)
            SELECT ?, patient_id, ?, 'M' || id, NULL, NULL, 'self', 'primary', '2020-01-01', NULL, ?, ? FROM account WHERE id = ?
            """, arguments: [actor.site, payer, actor.at.timeIntervalSince1970, actor.user, account.rawValue])
        let coverage = db.lastInsertedRowID
        try db.execute(sql: """
            INSERT INTO billing_claim (site, account_id, payer, coverage_id, priority, frequency, total_cents, state, service_date, created_at, created_by)
            VALUES (?, ?, ?, ?, 'primary', '1', ?, 'submitted', ?, ?, ?)
            """, arguments: [actor.site, account.rawValue, payer, coverage, total.cents, serviceDate.description, at.timeIntervalSince1970, actor.user])
        let id = db.lastInsertedRowID
        try db.execute(sql: "INSERT INTO billing_scrub (claim_id, run, at, errors, warnings, edits) VALUES (?, 1, ?, ?, 0, '')",
                       arguments: [id, at.timeIntervalSince1970, clean ? 0 : 1])
        try db.execute(sql: "INSERT INTO billing_claim_transition (claim_id, at, user, from_state, to_state, reason) VALUES (?, ?, ?, 'scrubbed', 'submitted', 'bench')",
                       arguments: [id, at.timeIntervalSince1970, actor.user])
        return "RC\(id)"
    }
}
