// Code lists of the 270/271 (eligibility) and of the subscriber segments the 837 shares with them.
extension CodeList {
    static let eligibility: CodeList = [
        "1": "active coverage", "2": "active - full risk capitation", "3": "active - services capitated",
        "4": "active - services capitated to primary care physician", "5": "active - pending investigation",
        "6": "inactive", "7": "inactive - pending eligibility update", "8": "inactive - pending investigation",
        "A": "co-insurance", "B": "co-payment", "C": "deductible", "CB": "coverage basis", "D": "benefit description",
        "E": "exclusions", "F": "limitations", "G": "out of pocket (stop loss)", "H": "unlimited", "I": "non-covered",
        "J": "cost containment", "L": "primary care provider", "MC": "managed care coordinator",
        "N": "services restricted to following provider", "P": "benefit disclaimer", "R": "other or additional payer",
        "U": "contact following entity for benefit information", "V": "cannot process", "W": "other source of data",
        "Y": "spend down",
    ]
    static let coverageLevel: CodeList = [
        "CHD": "children only", "DEP": "dependents only", "ECH": "employee and children", "EMP": "employee only",
        "ESP": "employee and spouse", "FAM": "family", "IND": "individual", "SPC": "spouse and children",
        "SPO": "spouse only",
    ]
    static let serviceType: CodeList = [
        "1": "medical care", "2": "surgical", "3": "consultation", "4": "diagnostic x-ray", "5": "diagnostic lab",
        "6": "radiation therapy", "30": "health benefit plan coverage", "33": "chiropractic", "35": "dental care",
        "42": "home health care", "45": "hospice", "47": "hospital", "48": "hospital - inpatient",
        "50": "hospital - outpatient", "68": "well baby care", "73": "diagnostic medical", "76": "dialysis",
        "81": "routine physical", "82": "family planning", "86": "emergency services", "88": "pharmacy",
        "93": "podiatry", "96": "professional (physician)", "98": "professional (physician) visit - office",
        "99": "professional (physician) visit - inpatient", "A7": "psychiatric - inpatient",
        "A8": "psychiatric - outpatient", "AD": "occupational therapy", "AE": "physical medicine",
        "AL": "vision (optometry)", "BZ": "physician visit - office: well", "MH": "mental health",
        "PT": "physical therapy", "UC": "urgent care",
    ]
    static let insuranceType: CodeList = [
        "12": "Medicare secondary working aged", "C1": "commercial", "CP": "Medicare conditionally primary",
        "EP": "exclusive provider organization", "GP": "group policy", "HM": "health maintenance organization (HMO)",
        "HN": "HMO - Medicare risk", "IN": "indemnity", "MA": "Medicare Part A", "MB": "Medicare Part B",
        "MC": "Medicaid", "OT": "other", "PR": "preferred provider organization (PPO)", "PS": "point of service (POS)",
        "QM": "qualified Medicare beneficiary", "WC": "workers' compensation",
    ]
    static let timePeriod: CodeList = [
        "6": "hour", "7": "day", "21": "years", "22": "service year", "23": "calendar year", "24": "year to date",
        "25": "contract", "26": "episode", "27": "visit", "29": "remaining", "30": "exceeded", "31": "not exceeded",
        "32": "lifetime", "33": "lifetime remaining", "34": "month", "36": "admission",
    ]
    static let network: CodeList = [
        "Y": "in network", "N": "out of network", "W": "not applicable (same in and out of network)", "U": "unknown",
    ]
    /// AAA03, from the table ``EligibilityRejection`` keeps.
    static let rejectReason = CodeList(reusing: EligibilityRejection.Reason.descriptions)
    static let followUpAction: CodeList = [
        "C": "please correct and resubmit", "N": "resubmission not allowed", "R": "resubmission allowed",
        "S": "do not resubmit; inquiry initiated to a third party", "W": "please wait 30 days and resubmit",
        "X": "please wait 10 days and resubmit", "Y": "do not resubmit; we will hand deliver the response",
    ]
    static let validRequest: CodeList = ["Y": "the request was valid", "N": "the request was not valid"]
    static let subscriberIndicator: CodeList = ["Y": "the person is the subscriber", "N": "the person is a dependent"]
    static let maintenanceType: CodeList = ["001": "change", "021": "addition", "024": "cancellation", "030": "audit or compare"]
    static let quantityBasis: CodeList = [
        "DY": "days", "FL": "units", "HS": "hours", "MN": "month", "VS": "visits", "YY": "years",
    ]
}
