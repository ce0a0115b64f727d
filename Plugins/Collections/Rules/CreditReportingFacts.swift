import RevCycleCore

/// What the credit-reporting rules need beyond the 501(r) facts: when the debt became delinquent,
/// when the care was given, and which states' laws reach it.
struct CreditReportingFacts: Sendable, Hashable {
    /// The date of first delinquency; `nil` if the account was never delinquent.
    var delinquentSince: CalendarDate?
    /// The date of service (New Jersey's ban applies by date of care).
    var serviceDate: CalendarDate
    /// Where the patient lives (two-letter code), if known.
    var patientState: String?
    /// Where the facility is (two-letter code). State laws bind by the patient's residence or by
    /// the provider's location, so both are checked.
    var facilityState: String?

    init(delinquentSince: CalendarDate?, serviceDate: CalendarDate, patientState: String?, facilityState: String?) {
        self.delinquentSince = delinquentSince
        self.serviceDate = serviceDate
        self.patientState = patientState
        self.facilityState = facilityState
    }
}
