/// Claim adjustment reason codes (CARC, CAS02 of an 835) and remittance advice remark codes (RARC,
/// LQ02/MOA), with what each means in plain words and how billing treats it.
///
/// The code lists are maintained by X12 (CARC) and CMS (RARC) and change several times a year; the
/// table holds the codes this system meets most and is data, not logic: an unknown code is shown
/// as its number and treated by its group code alone.
///
/// ```swift
/// AdjustmentReason.meaning(of: "45")   // "the charge is above the payer's contracted rate"
/// AdjustmentReason.isDenial("197")     // true: goes to the denial worklist, not written off
/// ```
public enum AdjustmentReason {
    /// CARC → plain words.
    public static let meanings: [String: String] = [
        "1": "the deductible",
        "2": "coinsurance",
        "3": "the copay",
        "4": "the procedure code does not fit the modifier used, or a modifier is missing",
        "5": "the procedure code or bill type does not fit the place of service",
        "16": "the claim lacks information or has a billing error (see the remark codes)",
        "18": "an exact duplicate of a claim already processed",
        "22": "another payer may cover this care (coordination of benefits)",
        "23": "what earlier payers already paid or adjusted",
        "24": "charges covered under a capitation agreement or managed-care plan",
        "26": "the care was given before the coverage began",
        "27": "the care was given after the coverage ended",
        "29": "the time limit for filing the claim has passed",
        "31": "the patient cannot be identified as the payer's insured",
        "45": "the charge is above the payer's contracted rate",
        "50": "the payer does not consider the service medically necessary",
        "59": "processed under the multiple or concurrent procedure rules",
        "96": "a charge the plan does not cover",
        "97": "the service is included in the payment for another service (bundled)",
        "109": "the claim is not covered by this payer; send it to the right payer",
        "119": "the benefit maximum for the period has been reached",
        "151": "the payer finds the information does not support this many services",
        "167": "the diagnosis is not covered",
        "170": "payment is denied when performed by this type of provider",
        "197": "a required precertification or authorization was not obtained",
        "204": "the service is not covered under the patient's current benefit plan",
        "242": "the service was not given by a network or primary care provider",
        "253": "sequestration: a mandated reduction of federal payments",
    ]

    /// CARCs that mean the payer refused (part of) the claim for a reason someone can work —
    /// correct, appeal, bill elsewhere — rather than a contracted write-off. Amounts under these
    /// stay owed by the payer and go to the denial worklist.
    public static let denials: Set<String> = [
        "4", "5", "16", "18", "22", "26", "27", "29", "31", "50", "96", "97", "109", "119", "151", "167", "170", "197", "204", "242",
    ]

    /// RARC → plain words.
    public static let remarks: [String: String] = [
        "M15": "separately billed services or tests have been bundled",
        "M20": "the HCPCS code is missing or invalid",
        "M51": "the procedure code is missing, incomplete or invalid",
        "M76": "the diagnosis is missing, incomplete or invalid",
        "M127": "the patient's medical record for this service is missing",
        "MA04": "secondary payment cannot be considered without the primary payer's information",
        "MA130": "the claim has incomplete or invalid information; correct and resubmit it as a new claim",
        "N30": "the patient is not eligible for this service",
        "N56": "the procedure code billed is not correct or valid for the services billed",
        "N130": "consult the plan's benefit documents for coverage rules",
        "N290": "the rendering provider's identifier is missing or invalid",
        "N381": "consult the payer's contracted rate or fee schedule",
        "N522": "duplicate of a claim processed or in process",
        "N54": "the claim information is inconsistent with pre-certified or authorized services",
    ]

    public static func meaning(of code: String) -> String { meanings[code] ?? "adjustment reason \(code)" }

    public static func remark(_ code: String) -> String { remarks[code] ?? "remark \(code)" }

    public static func isDenial(_ code: String) -> Bool { denials.contains(code) }
}
