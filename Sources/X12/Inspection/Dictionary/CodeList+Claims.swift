// Code lists of the 837P (professional claim).
extension CodeList {
    static let facilityQualifier: CodeList = ["A": "uniform billing claim form bill type", "B": "place of service code"]
    static let claimFrequency: CodeList = [
        "1": "original claim", "6": "corrected claim", "7": "replacement of prior claim", "8": "void/cancel of prior claim",
    ]
    static let assignment: CodeList = [
        "A": "assigned", "B": "assignment accepted on clinical lab services only", "C": "not assigned",
    ]
    static let benefitsAssignment: CodeList = ["Y": "yes", "N": "no", "W": "not applicable (patient refuses to assign)"]
    static let releaseOfInformation: CodeList = [
        "I": "informed consent to release medical information", "Y": "signed statement permits release",
    ]
    static let diagnosisQualifier: CodeList = [
        "ABF": "ICD-10-CM diagnosis", "ABK": "ICD-10-CM principal diagnosis", "APR": "ICD-10-CM patient's reason for visit",
        "BF": "ICD-9-CM diagnosis", "BK": "ICD-9-CM principal diagnosis", "BP": "HCPCS procedure",
    ]
    static let relatedCause: CodeList = ["AA": "auto accident", "EM": "employment", "OA": "other accident"]
    static let specialProgram: CodeList = ["02": "physically handicapped children's program", "03": "special federal funding", "05": "disability", "09": "second opinion or surgery"]
    static let delayReason: CodeList = [
        "1": "proof of eligibility unknown or unavailable", "2": "litigation", "3": "authorization delays",
        "4": "delay in certifying provider", "7": "third party processing delay", "8": "delay in eligibility determination",
        "9": "original claim rejected or denied for a reason unrelated to billing limitation rules",
        "11": "other", "15": "natural disaster",
    ]
    static let attachmentReport: CodeList = [
        "03": "report justifying treatment beyond utilization guidelines", "06": "initial assessment",
        "09": "progress report", "B4": "referral form", "OB": "operative note", "OZ": "support data for claim",
    ]
    static let attachmentTransmission: CodeList = ["AA": "available on request at provider site", "BM": "by mail", "EL": "electronically only", "FX": "by fax"]
    static let noteReference: CodeList = [
        "ADD": "additional information", "CER": "certification narrative", "DCP": "goals, rehabilitation potential, or discharge plans",
        "DGN": "diagnosis description", "TPO": "third party organization notes",
    ]
}
