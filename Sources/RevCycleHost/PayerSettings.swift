public import RevCycleCore
import Foundation

/// A payer as one site bills it: from the site file's `payers:` or the access module's CSV import.
///
/// ```yaml
/// payers:
///   MEDICARE:
///     name: Medicare Part B
///     timely_filing_days: 365
///     payer_id: "00952"            # the X12 payer id (NM109 of loop 2010BB)
///     claim_guide: 005010X222A1    # or 005010X222A2, per payer
///     phone: 800-633-4227
///     fee_schedule: config/fees/medicare-2026.csv   # code,allowed
/// ```
public struct PayerSettings: Sendable, Hashable {
    public var name: String
    /// Days after the date of service within which a claim must reach the payer.
    public var timelyFilingDays: Int
    /// The payer's X12 id (loop 2010BB `NM109`), when known.
    public var payerID: String?
    /// The 837P implementation guide this payer expects (`GS08`/`ST03`).
    public var claimGuide: String
    /// Provider services phone.
    public var phone: PhoneNumber?
    /// The payer's contracted rates: a CSV (`code,allowed`) relative to the RevCycle home.
    public var feeSchedule: String?

    /// The 837P guide versions a payer may ask for: the 5010 guide and its errata.
    public static let claimGuides = ["005010X222A1", "005010X222A2"]
    public static let defaultClaimGuide = "005010X222A1"
    static let keys = ["name", "timely_filing_days", "payer_id", "claim_guide", "phone", "fee_schedule"]

    /// Checks every field; the error names the field (`timely_filing_days`, `payer_id`, …).
    ///
    /// - Throws: `invalidInput` naming the field and what was expected.
    public init(name: String, timelyFilingDays: Int = 365, payerID: String? = nil,
                claimGuide: String = PayerSettings.defaultClaimGuide, phone: PhoneNumber? = nil, feeSchedule: String? = nil) throws {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard (1...60).contains(name.count) else {
            throw RevCycleError(.invalidInput, "A payer needs a name of 1 to 60 characters.", at: "name")
        }
        guard (1...3_650).contains(timelyFilingDays) else {
            throw RevCycleError(.invalidInput, "Expected a whole number from 1 to 3650; got \(timelyFilingDays).", at: "timely_filing_days")
        }
        if let payerID {
            guard (2...80).contains(payerID.count), payerID.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                throw RevCycleError(.invalidInput, "\"\(payerID)\" is not an X12 payer id; expected 2 to 80 letters, digits or '-', such as 00952.",
                                    at: "payer_id")
            }
        }
        guard Self.claimGuides.contains(claimGuide) else {
            throw RevCycleError(.invalidInput, "\"\(claimGuide)\" is not a claim guide RevCycle writes; expected \(Self.claimGuides.joined(separator: " or ")).",
                                at: "claim_guide")
        }
        self.name = name
        self.timelyFilingDays = timelyFilingDays
        self.payerID = payerID
        self.claimGuide = claimGuide
        self.phone = phone
        self.feeSchedule = feeSchedule
    }

    /// Reads one entry under `payers:` strictly: unknown keys and bad values name the file, line and key.
    init(_ node: ConfigNode) throws {
        var name = ""
        var days = 365
        var payerID: String?
        var guide = Self.defaultClaimGuide
        var phone: PhoneNumber?
        var feeSchedule: String?
        var nodes: [String: ConfigNode] = [:]
        for (key, value) in try node.mapping(expecting: Self.keys) {
            nodes[key] = value
            switch key {
            case "name": name = try value.string()
            case "timely_filing_days": days = Int(try value.integer(in: 1...3_650))
            case "payer_id": payerID = try value.string()
            case "claim_guide": guide = try value.string()
            case "fee_schedule": feeSchedule = try value.string()
            default:
                do { phone = try PhoneNumber(parsing: try value.string(), field: "phone") } catch let error as RevCycleError {
                    throw value.error(error.message)
                }
            }
        }
        do {
            try self.init(name: name, timelyFilingDays: days, payerID: payerID, claimGuide: guide, phone: phone,
                          feeSchedule: feeSchedule)
        } catch let error as RevCycleError {
            throw (error.inputLocation.flatMap { nodes[$0] } ?? node).error(error.message)
        }
    }
}
