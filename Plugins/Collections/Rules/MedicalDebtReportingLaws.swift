import RevCycleCore

/// The state laws that keep medical debt off credit reports, as dated data a site can replace.
///
/// - Important: Sites should review this table with counsel before relying on it. It lists only
///   states whose law was confirmed against a published source (statute text, the legislature's
///   record, or a law firm's summary of the enacted bill) on ``reviewedOn``. State laws here
///   change every session, and their reach is contested: the CFPB's January 2025 federal rule was
///   vacated by a federal court in 2025, the CFPB said in October 2025 that the FCRA preempts
///   state rules on credit-report content, and a collectors' association sued Colorado over its
///   law in November 2025.
struct MedicalDebtReportingLaws: Sendable, Hashable {
    /// When the table was last checked against its sources.
    var reviewedOn: CalendarDate
    /// Laws by two-letter state code.
    var laws: [String: MedicalDebtReportingLaw]

    /// The law of `state` (any case), if the table has one.
    func law(for state: String) -> MedicalDebtReportingLaw? {
        laws[state.uppercased()]
    }

    /// The table as reviewed for RevCycle in 2026.
    static let reviewed2026 = MedicalDebtReportingLaws(
        reviewedOn: date(2026, 11, 29),
        laws: Dictionary(uniqueKeysWithValues: reviewed2026Laws.map { ($0.state, $0) }))

    private static let reviewed2026Laws: [MedicalDebtReportingLaw] = [
        law(
            "CA", .noReporting, date(2025, 1, 1),
            "Cal. SB 1061 (2024): consumer reporting agencies may not include medical debt in consumer "
                + "reports; effective 2025-01-01."),
        law(
            "CO", .noReporting, date(2023, 8, 7),
            "Colo. HB23-1126 (2023): consumer reports may not contain medical debt (except for credit "
                + "above the national conforming loan limit); effective 2023-08-07; challenged in court in 2025."),
        law(
            "CT", .noReporting, date(2024, 7, 1),
            "Conn. Gen. Stat. § 20-7i (P.A. 24-6): health care providers and collection entities may not "
                + "report any portion of a medical debt; a reported debt is void; effective 2024-07-01."),
        law(
            "DE", .noReporting, date(2025, 10, 27),
            "Del. SS 1 for SB 156 (2025), amending the Medical Debt Protection Act: no person may report "
                + "medical debt to a consumer reporting agency; effective 2025-10-27."),
        law(
            "IL", .noReporting, date(2025, 1, 1),
            "815 ILCS 505/2EEEE (P.A. 103-0648): consumer reporting agencies may not include adverse "
                + "information about medical debt; effective 2025-01-01."),
        // Maine's non-emergency laws take effect 90 days after the session adjourns; the date below
        // is that reckoning for the 2025 session and should be checked.
        law(
            "ME", .noReporting, date(2025, 9, 24),
            "10 M.R.S. § 1310-H(4), as amended by P.L. 2025, ch. 201 (LD 558, signed 2025-06-09): "
                + "medical creditors, debt collectors and debt buyers may not report medical debt."),
        law(
            "MD", .noReporting, date(2025, 10, 1),
            "Md. Code, Com. Law § 14-1213 (HB 1020 of 2025, Fair Medical Debt Reporting Act): medical "
                + "debt may not be disclosed to or kept by consumer reporting agencies; effective 2025-10-01."),
        law(
            "MN", .noReporting, date(2024, 10, 1),
            "Minnesota Debt Fairness Act (2024): medical debt may not be reported to consumer reporting "
                + "agencies; effective 2024-10-01."),
        law(
            "NJ", .noReportingForCareOnOrAfter(date(2024, 7, 22)), date(2024, 7, 22),
            "N.J. P.L. 2024, c. 48, § 3 (Louisa Carman Medical Debt Relief Act): no reporting of medical "
                + "debt for care on or after 2024-07-22; paid debt and debt under $500 never appear."),
        law(
            "NY", .noReporting, date(2023, 12, 13),
            "N.Y. Pub. Health Law art. 49-A and Gen. Bus. Law § 380-j (L. 2023, ch. 727, Fair Medical "
                + "Debt Reporting Act): hospitals, licensed professionals and ambulance services may not "
                + "report medical debt; effective 2023-12-13."),
        law(
            "OR", .noReporting, date(2026, 1, 1),
            "Or. SB 605 (2025), ORS 646A.677: no person may report medical debt an Oregon resident owes; "
                + "effective 2026-01-01."),
        law(
            "RI", .noReporting, date(2025, 1, 1),
            "R.I. Gen. Laws ch. 6-60 (P.L. 2024, ch. 224 and 225): providers and facilities may not "
                + "furnish medical debt to consumer reporting agencies; effective 2025-01-01."),
        law(
            "VT", .noReporting, date(2025, 7, 1),
            "Vt. S.27 (2025): credit reporting agencies may not report or keep medical-debt information; "
                + "effective 2025-07-01."),
        law(
            "VA", .noReporting, date(2024, 7, 1),
            "Va. Code § 59.1-444.4 (2024 Acts ch. 751): medical care facilities, licensed providers and "
                + "collection entities may not report medical debt; effective 2024-07-01."),
        law(
            "WA", .noReporting, date(2025, 7, 27),
            "Wash. ESSB 5480 (2025), RCW 19.16.100: medical debt may not be reported to consumer "
                + "reporting agencies and a reported debt is void; effective 2025-07-27."),
    ]

    private static func law(
        _ state: String, _ restriction: MedicalDebtReportingLaw.Restriction, _ effectiveOn: CalendarDate,
        _ citation: String
    ) -> MedicalDebtReportingLaw {
        MedicalDebtReportingLaw(state: state, restriction: restriction, effectiveOn: effectiveOn, citation: citation)
    }

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        // The table's dates are literal calendar dates, valid by construction.
        try! CalendarDate(year: year, month: month, day: day)
    }
}
