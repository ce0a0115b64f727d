/// Procedure code lists the sandbox payer's rules are written with, and the service type (for
/// copays) a code falls under.
///
/// ```swift
/// HCPCSCodes.expanding(["70551-70553", "15830"])   // ["70551", "70552", "70553", "15830"]
/// ```
public enum HCPCSCodes {
    /// Codes and ranges of numeric codes (`70551-70553`) written out one by one.
    public static func expanding(_ entries: [String]) -> Set<String> {
        var codes: Set<String> = []
        for entry in entries {
            let bounds = entry.split(separator: "-").map(String.init)
            if bounds.count == 2, let low = Int(bounds[0]), let high = Int(bounds[1]), low <= high {
                for value in low...high { codes.insert(String(zeroPadded: value, width: 5)) }
            } else {
                codes.insert(entry.uppercased())
            }
        }
        return codes
    }

    /// Office and outpatient E/M visits, new and established patients.
    static let officeVisits = expanding(["99202-99215"])
    /// Emergency department visits.
    static let emergencyVisits = expanding(["99281-99285"])

    /// Whether `code` is an E/M visit (office or emergency).
    static func isVisit(_ code: String) -> Bool {
        officeVisits.contains(code) || emergencyVisits.contains(code)
    }

    /// The X12 service type whose copay a line pays: `98` office visit, `86` emergency; `nil` for
    /// services the plans put under the deductible and coinsurance.
    static func copayServiceType(of code: String) -> String? {
        if officeVisits.contains(code) { return "98" }
        if emergencyVisits.contains(code) { return "86" }
        return nil
    }
}

extension String {
    /// `value` in decimal, with zeros in front up to `width` digits.
    init(zeroPadded value: Int, width: Int) {
        let digits = String(value)
        self = String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
