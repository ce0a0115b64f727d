import RevCycleCore

/// One state's law restricting medical debt on credit reports, with the citation staff can check.
struct MedicalDebtReportingLaw: Sendable, Hashable {
    /// Two-letter state code (`CO`).
    var state: String
    var restriction: Restriction
    /// The first day the law applies.
    var effectiveOn: CalendarDate
    /// The statute or act, what it forbids, and its effective date, in words.
    var citation: String

    /// What a state forbids.
    enum Restriction: Sendable, Hashable {
        /// Medical debt is never reported (furnishing banned, or bureaus barred from including it).
        case noReporting
        /// Medical debt for care given on or after the date is never reported.
        case noReportingForCareOnOrAfter(CalendarDate)
    }

    /// Whether the law forbids reporting, on `date`, a debt for care given on `serviceDate`.
    func forbidsReporting(on date: CalendarDate, serviceDate: CalendarDate) -> Bool {
        guard date >= effectiveOn else { return false }
        switch restriction {
        case .noReporting: return true
        case .noReportingForCareOnOrAfter(let firstDay): return serviceDate >= firstDay
        }
    }
}
