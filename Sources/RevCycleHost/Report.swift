public import RevCycleCore
import Foundation

/// What a command prints: a table for people, or the same rows as JSON or CSV for scripts.
///
/// ```swift
/// var report = Report(columns: ["account", "liability", "balance"])
/// report.append([.text("A7"), .text("patient"), .money(Money(cents: 2_500))])
/// print(report.render(as: options.format))
/// ```
public struct Report: Sendable {
    public enum Cell: Sendable, Hashable {
        case text(String)
        case money(Money)
        case number(Int64)
        case empty

        var plain: String {
            switch self {
            case .text(let text): text
            case .money(let money): money.plainText
            case .number(let number): String(number)
            case .empty: ""
            }
        }

        var forPeople: String {
            switch self {
            case .money(let money): money.description
            default: plain
            }
        }

        var isNumeric: Bool {
            switch self {
            case .money, .number: true
            default: false
            }
        }

        var json: Any {
            switch self {
            case .text(let text): text
            case .money(let money): money.plainText
            case .number(let number): number
            case .empty: NSNull()
            }
        }
    }

    public var columns: [String]
    public var rows: [[Cell]] = []
    /// A line printed under a table for people (totals, hints); not part of JSON or CSV.
    public var footer: [String] = []
    /// Whether the report is one record shown as field/value lines (JSON: an object, not an array).
    public var isRecord = false

    public init(columns: [String]) { self.columns = columns }

    /// A single record shown as `field: value` lines.
    public static func record(_ fields: [(String, Cell)]) -> Report {
        var report = Report(columns: fields.map(\.0))
        report.rows = [fields.map(\.1)]
        report.isRecord = true
        return report
    }

    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a report row must have one cell per column")
        rows.append(row)
    }

    public func render(as format: OutputFormat) -> String {
        switch format {
        case .table: isRecord ? renderRecord() : renderTable()
        case .json: renderJSON()
        case .csv: renderCSV()
        }
    }

    private func renderRecord() -> String {
        guard let row = rows.first else { return "" }
        let width = columns.map(\.count).max() ?? 0
        return zip(columns, row).map { name, cell in
            name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + cell.forPeople
        }.joined(separator: "\n") + (footer.isEmpty ? "" : "\n\n" + footer.joined(separator: "\n"))
    }

    private func renderTable() -> String {
        if rows.isEmpty { return (["(none)"] + footer).joined(separator: "\n") }
        let texts = rows.map { $0.map(\.forPeople) }
        let widths = columns.indices.map { column in
            max(columns[column].count, texts.map { $0[column].count }.max() ?? 0)
        }
        func line(_ cells: [String], numeric: [Bool]) -> String {
            cells.indices.map { index in
                let cell = cells[index]
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return numeric[index] ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        let numericColumns = columns.indices.map { column in rows.contains { $0[column].isNumeric } }
        var lines = [line(columns.map { $0.uppercased() }, numeric: numericColumns)]
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines += texts.map { line($0, numeric: numericColumns) }
        return (lines + footer).joined(separator: "\n")
    }

    private func renderJSON() -> String {
        let objects: [[String: Any]] = rows.map { row in
            Dictionary(uniqueKeysWithValues: zip(columns, row.map(\.json)))
        }
        let value: Any = isRecord ? (objects.first ?? [:]) : objects
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    private func renderCSV() -> String {
        func quote(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        return ([columns.map(quote).joined(separator: ",")]
            + rows.map { $0.map { quote($0.plain) }.joined(separator: ",") }).joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
