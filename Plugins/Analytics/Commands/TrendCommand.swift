import ArgumentParser
import RevCycleCore
import RevCycleHost

/// `revcycle analytics trend`: KPIs and cash by source, month by month.
struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Monthly series: one KPI month by month (--kpi), or cash by source (insurance, patient, point of service, plans, agency).",
        discussion: """
            A month the range cuts is marked partial. Without --kpi the table is cash by
            source, which adds up to the cash on the ledger for each month.

            Examples:
              revcycle analytics trend --from 2026-01-01 --to 2026-12-31
              revcycle analytics trend --kpi net-days-in-ar --format csv
            """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var dates: AnalyticsRange
    @Option(help: "A KPI id (such as clean-claim-rate) to show month by month.") var kpi: String?

    func run() throws {
        let context = try CommandContext.open(options, module: "analytics", action: "analytics.trend", roles: [.analyst])
        let range = try dates.range(today: context.today)
        let series = MonthlySeries(try AnalyticsRange.facts(range, context: context))
        try context.auditRead("analytics.trend", detail: "\(range.first)..\(range.last)")
        if let kpi {
            guard let chosen = KPI.allCases.first(where: { $0.id == kpi }) else {
                throw RevCycleError(.invalidInput, "\"\(kpi)\" is not a KPI; expected one of \(KPI.allCases.map(\.id).joined(separator: ", ")).", at: "--kpi")
            }
            var report = Report(columns: ["month", "partial", "value", "formula"])
            for period in series.periods {
                let result = period.kpis.first { $0.kpi == chosen && $0.scope == .whole }
                report.append([.text(period.month.description), .text(period.isPartial ? "yes" : ""),
                               .text(result.map { KPICommand.value($0.outcome) } ?? "no data"), .text(result?.formula ?? "")])
            }
            context.emit(report)
            return
        }
        let sources = CashBySource.Source.allCases
        var report = Report(columns: ["month", "partial"] + sources.map(\.rawValue) + ["total"])
        for period in series.periods {
            let amounts = sources.map { period.cash[$0] }
            report.append([.text(period.month.description), .text(period.isPartial ? "yes" : "")] + amounts.map(Report.Cell.money)
                          + [.money(amounts.reduce(.zero, +))])
        }
        context.emit(report)
    }
}
