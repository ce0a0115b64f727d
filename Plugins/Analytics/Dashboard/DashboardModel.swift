import RevCycleCore

/// Everything the manager's dashboard shows, already computed: the page only draws it.
///
/// The KPI engine's results are mapped into this value by the analytics command, so the page and
/// its charts depend on no engine type and can be rendered from a fixture. Texts arrive ready to
/// print (the period, the generated-on stamp, each KPI's value); amounts arrive as ``Money`` and
/// are formatted here, exactly in tables and tooltips and abbreviated on chart axes.
///
/// ```swift
/// let model = DashboardModel(facilityName: "North Campus", periodText: "July–December 2026",
///                            generatedOnText: "2027-01-04 07:30 CST", kpis: tiles, aging: rows,
///                            denials: reasons, cashTrend: months, notes: ["Cash is by deposit date."])
/// try DashboardHTML.render(model).write(to: url, atomically: true, encoding: .utf8)
/// ```
struct DashboardModel: Sendable, Hashable {
    /// The site or facility the figures belong to, as staff call it.
    var facilityName: String
    /// The date range in words, such as `"July 1 – December 31, 2026"`.
    var periodText: String
    /// When the figures were read, such as `"2027-01-04 07:30 CST"`.
    var generatedOnText: String
    /// The key indicators, in the order they are shown.
    var kpis: [KPITile]
    /// Open receivables by payer (and patients), split by age; shown in the given order.
    var aging: [AgingRow]
    /// Denied amounts by reason code, in any order (the Pareto chart sorts them).
    var denials: [DenialReason]
    /// Cash collected per month by source, oldest month first.
    var cashTrend: [CashMonth]
    /// Plain sentences printed under the charts: data caveats, definitions, exclusions.
    var notes: [String]
}
