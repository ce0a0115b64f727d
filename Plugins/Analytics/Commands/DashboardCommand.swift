import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

/// `revcycle analytics dashboard --out report.html`: one self-contained page for managers.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Write the KPIs and charts (aging, denial Pareto, monthly cash, sparklines) as one self-contained HTML file.",
        discussion: """
            The page has no scripts and no external files: it opens in any browser and
            prints on Letter landscape. Each KPI tile shows its value, its formula with the
            figures, a status against published reference points (HFMA: clean claims 95%+,
            A/R over 90 days 22.5% for the top ten, days in A/R 43.6 for the top ten), and
            its month-by-month sparkline.

            Example:
              revcycle analytics dashboard --from 2026-01-01 --to 2026-12-31 --out \\
                  report.html
            """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var dates: AnalyticsRange
    @Option(help: "The HTML file to write.") var out: String

    func run() throws {
        let context = try CommandContext.open(options, module: "analytics", action: "analytics.dashboard", roles: [.analyst])
        let range = try dates.range(today: context.today)
        let facts = try AnalyticsRange.facts(range, context: context)
        let model = DashboardMapping(facts: facts, facility: context.services.site.facility?.name ?? context.services.site.name,
                                     generatedOn: context.today).model()
        try DashboardHTML.render(model).write(toFile: out, atomically: true, encoding: .utf8)
        try context.auditRead("analytics.dashboard", detail: "\(range.first)..\(range.last) to \(out)")
        FileHandle.standardError.write(Data("wrote \(out): \(model.kpis.count) KPIs, aging by \(model.aging.count) payer(s), \(model.denials.count) denial reason(s), \(model.cashTrend.count) month(s)\n".utf8))
    }
}

/// The engine's results as the dashboard shows them.
struct DashboardMapping {
    let facts: AnalyticsFacts
    let facility: String
    let generatedOn: CalendarDate

    func model() -> DashboardModel {
        let results = KPIEngine.compute(facts)
        let series = MonthlySeries(facts)
        let tiles = results.filter { $0.scope == .whole && ![.arAging, .denialReasons].contains($0.kpi) }.map { result in
            KPITile(name: result.kpi.name, value: KPICommand.value(result.outcome), formula: result.formula, status: Self.status(result),
                    trend: sparkline(result.kpi, series: series))
        }
        return DashboardModel(
            facilityName: facility, periodText: "\(facts.range.first) to \(facts.range.last)", generatedOnText: generatedOn.description,
            kpis: tiles, aging: aging(), denials: denials(), cashTrend: series.periods.map { period in
                CashMonth(month: period.month.description, insurance: period.cash[.insurance], patient: period.cash[.patient],
                          pointOfService: period.cash[.pointOfService], plans: period.cash[.plans], agency: period.cash[.agency])
            },
            notes: ["A/R ages count days from the date of service to \(facts.range.last).",
                    "Every figure is computed from the ledger and the claim history on each run; `revcycle analytics kpis --kpi <id> --drill` lists the accounts and claims behind one."])
    }

    /// Open balances by payer (and the patient side) in the five age buckets, from the facts.
    func aging() -> [AgingRow] {
        var rows: [String: [Money]] = [:]
        for receivable in facts.receivables where receivable.bucket != "ar:credit" {
            let name = receivable.bucket == "ar:patient" ? "Patient" : String(receivable.bucket.dropFirst("ar:insurance:".count))
            let age = max(receivable.serviceDate.days(until: facts.range.last), 0)
            let index = age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : age <= 120 ? 3 : 4
            rows[name, default: Array(repeating: .zero, count: 5)][index] += receivable.amount
        }
        return rows.sorted { $0.key < $1.key }.map { name, amounts in
            AgingRow(name: name, days0to30: amounts[0], days31to60: amounts[1], days61to90: amounts[2], days91to120: amounts[3], over120: amounts[4])
        }
    }

    /// Initially denied dollars and claims by reason code, in words.
    func denials() -> [DenialReason] {
        var amounts: [String: (Money, Int)] = [:]
        for claim in facts.claims where claim.initiallyDenied {
            let reasons = claim.denialReasons.isEmpty ? ["unspecified"] : claim.denialReasons
            let share = claim.deniedAmount.split(into: reasons.count)
            for (reason, part) in zip(reasons, share) {
                let current = amounts[reason] ?? (.zero, 0)
                amounts[reason] = (current.0 + part, current.1 + 1)
            }
        }
        return amounts.map { code, value in
            DenialReason(code: code, words: AdjustmentReason.meaning(of: String(code.split(separator: "-").last ?? "")), amount: value.0, count: value.1)
        }.sorted { ($0.amount, $1.code) > ($1.amount, $0.code) }
    }

    func sparkline(_ kpi: KPI, series: MonthlySeries) -> Sparkline? {
        var values: [Int64] = [], labels: [String] = []
        var unit: SeriesUnit = .basisPoints
        for period in series.periods {
            guard let result = period.kpis.first(where: { $0.kpi == kpi && $0.scope == .whole }), case .ratio(let ratio) = result.outcome else { continue }
            values.append(ratio.rounded)
            labels.append(period.month.description)
            if case .days = ratio.unit { unit = .decimal(places: 1, suffix: " days") }
        }
        return values.count >= 2 ? Sparkline(values: values, labels: labels, unit: unit) : nil
    }

    /// Against published reference points (DOMAIN.md): good, watch or concern.
    static func status(_ result: KPIResult) -> KPIStatus? {
        guard case .ratio(let ratio) = result.outcome else { return nil }
        let value = ratio.rounded
        switch result.kpi {
        case .cleanClaimRate: return value >= 9_500 ? .good : value >= 9_000 ? .watch : .concern
        case .agedAROver90Days: return value <= 2_250 ? .good : value <= 3_590 ? .watch : .concern
        case .netDaysInAR: return value <= 436 ? .good : value <= 569 ? .watch : .concern
        case .initialDenialRate: return value <= 500 ? .good : value <= 1_000 ? .watch : .concern
        default: return nil
        }
    }
}
