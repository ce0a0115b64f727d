extension X12Error.Code {
    /// A claim's total charge (CLM02) is not the sum of its service lines' charges (SV102).
    public static let claimChargeMismatch = X12Error.Code("claim-charge-mismatch")
}
