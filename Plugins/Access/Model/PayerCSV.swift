import Foundation
import RevCycleCore
import RevCycleHost

/// Reads a payer CSV for `access payers import`: a header `code,name,payer_id,timely_filing_days,claim_guide,phone`
/// and one payer per line. Every line is checked, and all problems are reported with their line
/// numbers; a file with any problem imports nothing.
///
/// ```csv
/// code,name,payer_id,timely_filing_days,claim_guide,phone
/// BCBSIL,Blue Cross Blue Shield of Illinois,00621,180,005010X222A1,800-972-8088
/// "UHC",UnitedHealthcare,87726,90,,
/// ```
enum PayerCSV {
    static let header = ["code", "name", "payer_id", "timely_filing_days", "claim_guide", "phone"]

    /// - Throws: `malformedInput` naming each bad line and field.
    static func parse(_ text: String, file: String) throws -> [(PayerCode, PayerSettings)] {
        // "\r\n" is one Character in Swift, and a newline: split on any line break.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first,
              split(first)?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) == header else {
            throw RevCycleError(.malformedInput, "The first line must be the header \(header.joined(separator: ",")).",
                                at: "\(file):1")
        }
        var problems: [String] = []
        var payers: [(PayerCode, PayerSettings)] = []
        var seen: [PayerCode: Int] = [:]
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let number = index + 1
            guard let cells = split(line), cells.count == header.count else {
                problems.append("\(file):\(number): expected \(header.count) comma-separated fields (\(header.joined(separator: ","))).")
                continue
            }
            let value = cells.map { $0.trimmingCharacters(in: .whitespaces) }
            do {
                let code = try PayerCode(value[0])
                if let earlier = seen[code] {
                    problems.append("\(file):\(number) (code): payer \(code) is also on line \(earlier).")
                    continue
                }
                seen[code] = number
                guard value[3].isEmpty || Int(value[3]) != nil else {
                    throw RevCycleError(.invalidInput, "\"\(value[3])\" is not a whole number of days.", at: "timely_filing_days")
                }
                let settings = try PayerSettings(
                    name: value[1], timelyFilingDays: Int(value[3]) ?? 365, payerID: value[2].isEmpty ? nil : value[2],
                    claimGuide: value[4].isEmpty ? PayerSettings.defaultClaimGuide : value[4].uppercased(),
                    phone: value[5].isEmpty ? nil : try PhoneNumber(parsing: value[5], field: "phone"))
                payers.append((code, settings))
            } catch let error as RevCycleError {
                problems.append("\(file):\(number) (\(error.inputLocation ?? "code")): \(error.message)")
            }
        }
        if !problems.isEmpty {
            throw RevCycleError(.malformedInput, "\(problems.count) problem(s); nothing was imported:\n" + problems.joined(separator: "\n"),
                                at: file, remedy: "fix the lines named and import the file again")
        }
        guard !payers.isEmpty else {
            throw RevCycleError(.malformedInput, "The file has a header but no payers.", at: file)
        }
        return payers
    }

    /// The cells of one CSV line (RFC 4180 quoting), or `nil` when a quote is left open.
    static func split(_ line: String) -> [String]? {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var iterator = Array(line).makeIterator()
        var pending: Character? = iterator.next()
        while let character = pending {
            pending = iterator.next()
            switch (character, quoted) {
            case ("\"", true) where pending == "\"":
                cell.append("\"")
                pending = iterator.next()
            case ("\"", true): quoted = false
            case ("\"", false) where cell.isEmpty: quoted = true
            case (",", false):
                cells.append(cell)
                cell = ""
            default: cell.append(character)
            }
        }
        guard !quoted else { return nil }
        cells.append(cell)
        return cells
    }
}
