/// An account with an open balance, as listed for worklists and aging.
public struct OpenReceivable: Sendable, Hashable {
    public var account: AccountID
    public var guarantor: GuarantorID
    public var patient: PatientID
    public var serviceDate: CalendarDate
    public var balances: LiabilityBalances

    public init(account: AccountID, guarantor: GuarantorID, patient: PatientID, serviceDate: CalendarDate,
                balances: LiabilityBalances) {
        self.account = account
        self.guarantor = guarantor
        self.patient = patient
        self.serviceDate = serviceDate
        self.balances = balances
    }
}
