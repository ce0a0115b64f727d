// Code lists shared by several transactions: envelope, parties, references, dates.
extension CodeList {
    static let functionalIdentifier: CodeList = [
        "HS": "Eligibility, Coverage or Benefit Inquiry (270)", "HB": "Eligibility, Coverage or Benefit Information (271)",
        "HR": "Health Care Claim Status Request (276)", "HN": "Health Care Information Status Notification (277)",
        "HC": "Health Care Claim (837)", "HP": "Health Care Claim Payment/Advice (835)",
        "FA": "Functional or Implementation Acknowledgment (997/999)", "BE": "Benefit Enrollment and Maintenance (834)",
        "RA": "Payment Order/Remittance Advice (820)", "HI": "Health Care Services Review (278)",
    ]
    static let transactionSet: CodeList = [
        "270": "eligibility inquiry", "271": "eligibility response", "276": "claim status request",
        "277": "claim status response", "278": "services review", "820": "premium payment", "834": "benefit enrollment",
        "835": "claim payment/advice", "837": "health care claim", "997": "functional acknowledgment",
        "999": "implementation acknowledgment",
    ]
    static let interchangeIDQualifier: CodeList = [
        "01": "DUNS number", "14": "DUNS plus suffix", "20": "health industry number", "27": "carrier id (CMS)",
        "28": "fiscal intermediary id (CMS)", "29": "Medicare provider id (CMS)", "30": "U.S. federal tax id",
        "33": "NAIC company code", "ZZ": "mutually defined",
    ]
    static let yesNo: CodeList = ["Y": "yes", "N": "no", "W": "not applicable", "U": "unknown"]
    static let hierarchicalLevel: CodeList = [
        "19": "provider of service", "20": "information source", "21": "information receiver", "22": "subscriber",
        "23": "dependent", "PT": "patient",
    ]
    static let hierarchicalChild: CodeList = ["0": "no subordinate levels", "1": "has subordinate levels"]
    static let hierarchicalStructure: CodeList = [
        "0010": "source, receiver, provider, subscriber, dependent", "0019": "source, subscriber, dependent",
        "0022": "source, receiver, subscriber, dependent", "0085": "source, receiver, provider, patient",
    ]
    static let transactionPurpose: CodeList = [
        "00": "original", "01": "cancellation", "06": "confirmation", "08": "status", "11": "response",
        "13": "request", "18": "reissue",
    ]
    static let transactionType: CodeList = [
        "CH": "chargeable", "RP": "reporting", "31": "subrogation demand", "TH": "receipt acknowledgment advice",
    ]
    static let entity: CodeList = [
        "03": "dependent", "13": "contracted service provider", "1I": "preferred provider organization",
        "1P": "provider", "2B": "third-party administrator", "36": "employer", "40": "receiver", "41": "submitter",
        "45": "drop-off location", "71": "attending physician", "72": "operating physician", "73": "other physician",
        "74": "corrected insured", "77": "service location", "80": "hospital", "82": "rendering provider",
        "85": "billing provider", "87": "pay-to provider", "AY": "clearinghouse", "DK": "ordering physician",
        "DN": "referring provider", "DQ": "supervising physician", "FA": "facility", "GP": "gateway provider",
        "IL": "insured or subscriber", "P3": "primary care provider", "P5": "plan sponsor", "PE": "payee",
        "PR": "payer", "PW": "pickup address", "QB": "purchase service provider", "QC": "patient",
        "TT": "transfer to", "VN": "vendor", "X3": "utilization management organization",
        "Y2": "managed care organization",
    ]
    static let entityType: CodeList = ["1": "person", "2": "non-person entity"]
    static let idQualifier: CodeList = [
        "24": "employer id (EIN)", "34": "social security number", "46": "electronic transmitter id (ETIN)",
        "FI": "federal tax id", "II": "unique health id", "MI": "member id", "MR": "Medicaid recipient id",
        "NI": "NAIC id", "PI": "payer id", "PP": "pharmacy processor number", "SV": "service provider number",
        "XV": "CMS plan id", "XX": "national provider identifier", "ZZ": "mutually defined",
    ]
    static let reference: CodeList = [
        "0B": "state license number", "0K": "policy form id", "18": "plan number", "1G": "provider UPIN",
        "1K": "payer's claim number", "1L": "group or policy number", "1W": "member id", "2U": "payer id",
        "49": "family unit number", "6P": "group number", "6R": "line item control number", "9A": "repriced claim number",
        "9F": "referral number", "BB": "authorization number", "CE": "class of contract", "D9": "clearinghouse claim number",
        "EA": "medical record number", "EI": "employer id", "EO": "submitter id", "EV": "receiver id",
        "F8": "original reference number", "G1": "prior authorization number", "G2": "provider commercial number",
        "HPI": "national provider identifier", "IG": "insurance policy number", "LU": "location number",
        "PQ": "payee id", "SY": "social security number", "TJ": "federal tax id", "X4": "CLIA number",
        "Y4": "agency claim number",
    ]
    static let dateQualifier: CodeList = [
        "009": "processed", "036": "expiration", "050": "received", "090": "report start", "091": "report end",
        "096": "discharge", "102": "issue", "150": "service period start", "151": "service period end",
        "193": "period start", "194": "period end", "232": "claim statement period start",
        "233": "claim statement period end", "291": "plan", "292": "benefit", "296": "return to work",
        "304": "latest visit or consultation", "307": "eligibility", "314": "disability", "346": "plan begin",
        "347": "plan end", "356": "eligibility begin", "357": "eligibility end", "382": "enrollment",
        "405": "production", "431": "onset of current illness", "434": "statement", "435": "admission",
        "439": "accident", "454": "initial treatment", "471": "prescription", "472": "service",
        "484": "last menstrual period", "573": "claim paid",
    ]
    static let dateFormat: CodeList = ["D8": "date CCYYMMDD", "RD8": "date range CCYYMMDD-CCYYMMDD", "DT": "date and time"]
    static let contactFunction: CodeList = [
        "BL": "technical department", "CX": "payer's claim office", "IC": "information contact",
    ]
    static let communicationNumber: CodeList = [
        "EM": "email", "EX": "extension", "FX": "fax", "TE": "telephone", "UR": "web address",
    ]
    static let traceType: CodeList = ["1": "current transaction trace number", "2": "referenced transaction trace number"]
    static let gender: CodeList = ["F": "female", "M": "male", "U": "unknown"]
    static let relationship: CodeList = [
        "01": "spouse", "18": "self", "19": "child", "20": "employee", "21": "unknown", "39": "organ donor",
        "40": "cadaver donor", "53": "life partner", "G8": "other relationship",
    ]
    static let payerSequence: CodeList = [
        "P": "primary", "S": "secondary", "T": "tertiary", "A": "payer 4", "B": "payer 5", "C": "payer 6",
        "U": "unknown",
    ]
    static let claimFilingIndicator: CodeList = [
        "11": "other non-federal program", "12": "preferred provider organization (PPO)", "13": "point of service (POS)",
        "14": "exclusive provider organization (EPO)", "15": "indemnity insurance", "16": "HMO Medicare risk",
        "17": "dental maintenance organization", "AM": "automobile medical", "BL": "Blue Cross/Blue Shield",
        "CH": "CHAMPUS (TRICARE)", "CI": "commercial insurance", "DS": "disability", "FI": "federal employees program",
        "HM": "health maintenance organization (HMO)", "LM": "liability medical", "MA": "Medicare Part A",
        "MB": "Medicare Part B", "MC": "Medicaid", "OF": "other federal program", "TV": "Title V",
        "VA": "veterans affairs plan", "WC": "workers' compensation", "ZZ": "mutually defined",
    ]
    static let productQualifier: CodeList = [
        "AD": "ADA dental code", "ER": "jurisdiction-specific procedure code", "HC": "HCPCS/CPT procedure code",
        "HP": "HIPPS code", "IV": "home infusion EDI coalition code", "N4": "national drug code (NDC)",
        "NU": "national uniform billing committee revenue code", "WK": "advanced billing concepts code",
    ]
    static let placeOfService: CodeList = [
        "02": "telehealth other than in the patient's home", "10": "telehealth in the patient's home",
        "11": "office", "12": "home", "19": "off-campus outpatient hospital", "20": "urgent care facility",
        "21": "inpatient hospital", "22": "on-campus outpatient hospital", "23": "emergency room",
        "24": "ambulatory surgical center", "31": "skilled nursing facility", "32": "nursing facility",
        "41": "ambulance (land)", "49": "independent clinic", "50": "federally qualified health center",
        "65": "end-stage renal disease treatment facility", "72": "rural health clinic", "81": "independent laboratory",
        "99": "other place of service",
    ]
    static let amountQualifier: CodeList = [
        "A8": "noncovered charges", "AU": "coverage amount", "B6": "allowed", "D": "payer amount paid",
        "D8": "discount amount", "DY": "per day limit", "EAF": "remaining patient liability", "F5": "patient amount paid",
        "I": "interest", "KH": "late filing reduction", "NL": "negative ledger balance", "T": "tax",
        "T2": "total claim before taxes", "YU": "in process (accepted)", "YY": "returned as unprocessable (rejected)",
        "ZK": "federal Medicare or Medicaid payment mandate category 1",
    ]
    static let quantityQualifier: CodeList = [
        "90": "acknowledged quantity (accepted)", "AA": "unacknowledged quantity (rejected)", "CA": "covered actual",
        "CD": "co-insured actual", "LA": "life-time reserve actual", "LE": "life-time reserve estimated",
        "NE": "non-covered estimated", "NR": "not replaced blood units", "OU": "outlier days", "PS": "prescription",
        "VS": "visits", "ZK": "federal Medicare or Medicaid category 1",
    ]
    static let providerCode: CodeList = [
        "AT": "attending", "BI": "billing", "PE": "performing", "PT": "pay-to", "RF": "referring", "SU": "supervising",
    ]
    static let unitBasis: CodeList = ["DA": "days", "MJ": "minutes", "UN": "units", "F2": "international unit"]
}
