import Foundation
import RevCycleCore
import RevCycleHost

/// Reads a payer CSV for `access payers import`: a header `code,name,payer_id,timely_filing_days,claim_guide,phone`
/// (optionally `,fee_schedule`: a CSV of contracted rates) and one payer per line. Every line is checked, and all problems are reported with their line
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
        let table = try CSVTable(text, file: file, header: header, optionalColumns: ["fee_schedule"])
        var problems = CSVProblems(file: file)
        var payers: [(PayerCode, PayerSettings)] = []
        var seen: [PayerCode: Int] = [:]
        for row in table.rows {
            do {
                let code = try PayerCode(row["code"])
                if let earlier = seen[code] {
                    problems.add(line: row.line, column: "code", "payer \(code) is also on line \(earlier).")
                    continue
                }
                seen[code] = row.line
                let days = row["timely_filing_days"]
                guard days.isEmpty || Int(days) != nil else {
                    throw RevCycleError(.invalidInput, "\"\(days)\" is not a whole number of days.", at: "timely_filing_days")
                }
                let settings = try PayerSettings(
                    name: row["name"], timelyFilingDays: Int(days) ?? 365, payerID: row["payer_id"].isEmpty ? nil : row["payer_id"],
                    claimGuide: row["claim_guide"].isEmpty ? PayerSettings.defaultClaimGuide : row["claim_guide"].uppercased(),
                    phone: row["phone"].isEmpty ? nil : try PhoneNumber(parsing: row["phone"], field: "phone"),
                    feeSchedule: row["fee_schedule"].isEmpty ? nil : row["fee_schedule"])
                payers.append((code, settings))
            } catch let error as RevCycleError {
                problems.add(line: row.line, column: error.inputLocation ?? "code", error.message)
            }
        }
        try problems.throwIfAny(what: "imported")
        return payers
    }
}
