// Code lists of the acknowledgments: 999 (implementation), TA1 (interchange) and 277/277CA (claim status).
extension CodeList {
    static let acknowledgmentStatus: CodeList = [
        "A": "accepted", "E": "accepted, but errors were noted", "M": "rejected, message authentication code failed",
        "P": "partially accepted, at least one transaction set was rejected", "R": "rejected",
        "W": "rejected, assurance failed validity tests", "X": "rejected, content after decryption could not be analyzed",
    ]
    static let segmentSyntaxError: CodeList = [
        "1": "unrecognized segment id", "2": "unexpected segment", "3": "required segment missing",
        "4": "loop occurs over maximum times", "5": "segment exceeds maximum use",
        "6": "segment not in defined transaction set", "7": "segment not in proper sequence",
        "8": "segment has data element errors", "I4": "implementation \"not used\" segment present",
        "I6": "implementation dependent segment missing", "I7": "implementation loop occurs under minimum times",
        "I8": "implementation segment below minimum use", "I9": "implementation dependent \"not used\" segment present",
    ]
    static let elementSyntaxError: CodeList = [
        "1": "required data element missing", "2": "conditional required data element missing",
        "3": "too many data elements", "4": "data element too short", "5": "data element too long",
        "6": "invalid character in data element", "7": "invalid code value", "8": "invalid date", "9": "invalid time",
        "10": "exclusion condition violated", "12": "too many repetitions", "13": "too many components",
        "I6": "code value not used in implementation", "I9": "implementation dependent data element missing",
        "I10": "implementation \"not used\" data element present", "I11": "implementation too few repetitions",
        "I12": "implementation pattern match failure", "I13": "implementation dependent \"not used\" data element present",
    ]
    static let setSyntaxError: CodeList = [
        "1": "transaction set not supported", "2": "transaction set trailer missing",
        "3": "transaction set control number in header and trailer do not match",
        "4": "number of included segments does not match actual count", "5": "one or more segments in error",
        "6": "missing or invalid transaction set identifier", "7": "missing or invalid transaction set control number",
        "23": "transaction set control number not unique within the functional group",
        "I5": "implementation one or more segments in error", "I6": "implementation convention not supported",
    ]
    static let groupSyntaxError: CodeList = [
        "1": "functional group not supported", "2": "functional group version not supported",
        "3": "functional group trailer missing", "4": "group control number in header and trailer do not agree",
        "5": "number of included transaction sets does not match actual count", "6": "group control number violates syntax",
    ]
    static let interchangeAcknowledgment: CodeList = [
        "A": "accepted with no errors", "E": "accepted, errors noted", "R": "rejected because of errors",
    ]
    static let claimStatusCategory: CodeList = [
        "A0": "forwarded to another entity", "A1": "acknowledgement/receipt", "A2": "accepted into adjudication",
        "A3": "returned as unprocessable", "A4": "not found", "A5": "split claim", "A6": "rejected for missing information",
        "A7": "rejected for invalid information", "A8": "rejected for relational field in error",
        "E0": "response not possible - error on submitted request", "F0": "finalized", "F1": "finalized/payment",
        "F2": "finalized/denial", "F3": "finalized/revised", "P0": "pending: adjudication/details",
        "P1": "pending/in process", "P2": "pending/payer review", "R0": "request for additional information",
    ]
    /// Claim status codes (STC01-2), the common ones.
    static let claimStatusCode: CodeList = [
        "0": "cannot provide further status electronically", "1": "for more detailed information, see remittance advice",
        "3": "claim has been adjudicated and is awaiting payment cycle", "19": "entity acknowledges receipt of claim",
        "20": "accepted for processing", "21": "missing or invalid information", "33": "subscriber and subscriber id not found",
        "35": "claim/encounter not found", "65": "claim/line has been paid", "78": "duplicate of an existing claim/line",
        "88": "entity not eligible for benefits", "109": "entity not eligible", "116": "claim submitted to incorrect payer",
        "128": "entity's tax id", "145": "entity's mailing address", "153": "entity's id number",
        "158": "entity's date of birth", "164": "entity's contract/member number", "187": "date(s) of service",
        "247": "line information", "255": "diagnosis code", "400": "claim is out of balance",
        "454": "procedure code for services rendered", "562": "entity's national provider identifier (NPI)",
    ]
    static let statusAction: CodeList = ["WQ": "accepted, goes on to adjudication", "U": "rejected, not processed"]
}
