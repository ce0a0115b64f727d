// Code lists of the 835 (claim payment/advice) and of the adjustment segments the 837 shares with it.
extension CodeList {
    static let claimStatus: CodeList = [
        "1": "processed as primary", "2": "processed as secondary", "3": "processed as tertiary", "4": "denied",
        "19": "processed as primary, forwarded to additional payer(s)",
        "20": "processed as secondary, forwarded to additional payer(s)",
        "21": "processed as tertiary, forwarded to additional payer(s)", "22": "reversal of previous payment",
        "23": "not our claim, forwarded to additional payer(s)", "25": "predetermination pricing only - no payment",
    ]
    static let adjustmentGroup: CodeList = [
        "CO": "contractual obligation", "CR": "correction and reversal", "OA": "other adjustment",
        "PI": "payer initiated reduction", "PR": "patient responsibility",
    ]
    /// Claim adjustment reason codes (CARC), the common ones.
    static let adjustmentReason: CodeList = [
        "1": "deductible amount", "2": "coinsurance amount", "3": "co-payment amount",
        "4": "procedure code inconsistent with the modifier used", "5": "procedure code inconsistent with place of service",
        "11": "diagnosis inconsistent with the procedure", "16": "claim/service lacks information needed for adjudication",
        "18": "exact duplicate claim/service", "22": "care may be covered by another payer (coordination of benefits)",
        "23": "impact of prior payer(s) adjudication", "24": "covered under a capitation agreement/managed care plan",
        "26": "expenses incurred prior to coverage", "27": "expenses incurred after coverage terminated",
        "29": "time limit for filing has expired", "31": "patient cannot be identified as our insured",
        "45": "charge exceeds fee schedule/maximum allowable", "50": "non-covered: not deemed a medical necessity",
        "59": "processed based on multiple or concurrent procedure rules", "96": "non-covered charge(s)",
        "97": "payment included in the allowance for another service", "109": "claim/service not covered by this payer",
        "119": "benefit maximum for this time period has been reached", "151": "payment adjusted: frequency not supported",
        "167": "diagnosis is not covered", "170": "payment denied when performed by this type of provider",
        "197": "precertification/authorization/notification absent", "204": "service not covered under the current benefit plan",
        "234": "procedure is not paid separately", "242": "services not provided by network/primary care providers",
        "252": "an attachment/other documentation is required", "253": "sequestration - reduction in federal payment",
    ]
    static let paymentHandling: CodeList = [
        "C": "payment accompanies remittance advice", "D": "make payment only", "H": "notification only",
        "I": "remittance information only", "P": "prenotification of future transfers",
        "U": "split payment and remittance", "X": "handling party's option to split payment and remittance",
    ]
    static let creditDebit: CodeList = ["C": "credit", "D": "debit"]
    static let paymentMethod: CodeList = [
        "ACH": "automated clearing house (ACH)", "BOP": "financial institution option", "CHK": "check",
        "FWT": "federal reserve funds/wire transfer", "NON": "non-payment data",
    ]
    static let providerAdjustmentReason: CodeList = [
        "50": "late charge", "51": "interest penalty charge", "72": "authorized return", "90": "early payment allowance",
        "AH": "origination fee", "AM": "applied to borrower's account", "AP": "acceleration of benefits",
        "B2": "rebate", "B3": "recovery allowance", "BD": "bad debt adjustment", "BN": "bonus",
        "C5": "temporary allowance", "CR": "capitation interest", "CS": "adjustment", "CT": "capitation payment",
        "CV": "capital passthru", "CW": "certified registered nurse anesthetist passthru",
        "DM": "direct medical education passthru", "E3": "withholding", "FB": "forwarding balance",
        "FC": "fund allocation", "GO": "graduate medical education passthru", "HM": "hemophilia clotting factor supplement",
        "IP": "incentive premium payment", "IR": "internal revenue service withholding", "IS": "interim settlement",
        "J1": "nonreimbursable", "L3": "penalty", "L6": "interest owed", "LE": "levy",
        "LS": "lump sum", "OA": "organ acquisition passthru", "OB": "offset for affiliated providers",
        "PI": "periodic interim payment", "PL": "payment final", "RA": "retro-activity adjustment",
        "RE": "return on equity", "SL": "student loan repayment", "TL": "third party liability",
        "WO": "overpayment recovery", "WU": "unspecified recovery",
    ]
    static let remarkQualifier: CodeList = ["HE": "claim payment remark code", "RX": "NCPDP reject/payment code"]
}
