import RevCycleCore

/// Everything the KPIs are computed from, for one site and one date range, read from the ledger,
/// the event log and the modules' records (never from counters that can drift). Amounts are cents
/// with the ledger's signs: receivables and adjustments are debits (+), revenue and cash as posted.
struct AnalyticsFacts: Sendable {
    /// The range the KPIs describe, both ends included.
    var range: DateRange
    /// Sums of postings by effective date and bucket code (`revenue:charges`, `adj:contractual`,
    /// `adj:charity`, `adj:bad-debt`, `adj:administrative`, `cash`, `refunds`, `ar:patient`,
    /// `ar:credit`, `ar:insurance:AETNA`, …) for every day in the range that has postings, plus the
    /// 90 days before it (for averages that look back).
    var dailyTotals: [CalendarDate: [String: Money]]
    /// Open receivables at the end of the range: each account's balance by liability bucket.
    var receivables: [Receivable]
    /// Patient cash received in the range, split by whether it came at or before the date of service.
    var patientCash: [PatientCash]
    /// Claims sent to a payer (first submission) in the range.
    var claims: [ClaimFact]
    /// Encounters (visits) with a date of service in the range.
    var encounters: [EncounterFact]
    /// Payment plans created in the range.
    var plans: [PlanFact]
    /// Patient balances that reached zero in the range (for time to collect).
    var collectedBalances: [CollectedBalance]
    /// The site's revenue-cycle cost for the range, when the site gives one (`parameters.analytics`).
    var revenueCycleCost: Money?
    /// The same postings as `dailyTotals`, one level finer: sums by account, effective date and bucket for
    /// every day in the range (no look-back needed). The KPIs' drill-down lists the accounts behind ledger
    /// figures from it, and the monthly series rebuilds each account's receivables at an earlier month's end
    /// from it (checked against `dailyTotals` day by day first). Empty leaves those drill-downs empty, and an
    /// earlier month's A/R figures "no data" when receivables moved after that month.
    var accountActivity: [AccountActivity] = []

    struct DateRange: Sendable, Hashable {
        var first: CalendarDate
        var last: CalendarDate
        var days: Int { first.days(until: last) + 1 }
        func contains(_ date: CalendarDate) -> Bool { first <= date && date <= last }
    }

    struct Receivable: Sendable, Hashable {
        var account: AccountID
        var guarantor: GuarantorID
        var serviceDate: CalendarDate
        /// `ar:patient`, `ar:credit` or `ar:insurance:<PAYER>`.
        var bucket: String
        var amount: Money
        /// A claim (insurance) or a statement (patient) has gone out for this balance. HFMA's aged A/R
        /// (AR-1, AR-2) counts billed A/R only; balances not yet billed stay in net A/R and the aging table.
        var isBilled: Bool = true
    }

    /// One account's postings to one bucket on one effective date, summed (ledger signs, as `dailyTotals`).
    struct AccountActivity: Sendable, Hashable {
        var account: AccountID
        var guarantor: GuarantorID
        var serviceDate: CalendarDate
        /// The postings' effective date.
        var date: CalendarDate
        /// A ledger bucket code, as in `dailyTotals`.
        var bucket: String
        var amount: Money
    }

    struct PatientCash: Sendable, Hashable {
        var account: AccountID
        var receivedOn: CalendarDate
        var serviceDate: CalendarDate
        var amount: Money
        /// Where it came from: `desk` (check-in), `payment` (cash/check/card later), `plan`, `agency`.
        var source: String
        var atOrBeforeService: Bool { receivedOn <= serviceDate }
    }

    struct ClaimFact: Sendable, Hashable {
        var claim: String
        var account: AccountID
        var payer: String
        var submittedOn: CalendarDate
        var charges: Money
        /// Passed the scrubber's edits on its first run, with no manual change.
        var cleanOnFirstScrub: Bool
        /// The payer's first answer denied all or part of it.
        var initiallyDenied: Bool
        var deniedAmount: Money
        /// The denial's group and reason codes (`CO-197`), when denied.
        var denialReasons: [String]
    }

    struct EncounterFact: Sendable, Hashable {
        var account: AccountID
        var serviceDate: CalendarDate
        /// Insured (coverage on file for the date of service).
        var insured: Bool
        /// Eligibility was checked (a 271 received) within 30 days before the date of service, or on it.
        var verified: Bool
    }

    struct PlanFact: Sendable, Hashable {
        var plan: String
        var guarantor: GuarantorID
        var createdOn: CalendarDate
        var defaultedOn: CalendarDate?
    }

    struct CollectedBalance: Sendable, Hashable {
        var account: AccountID
        var serviceDate: CalendarDate
        var paidOffOn: CalendarDate
    }
}
