// MARK: - What keeps a batch from being a valid 837P

extension ProfessionalClaimBatch {
    /// Throws the first problem found, naming the part of the batch by position (never by patient data).
    func validate() throws(X12Error) {
        func require(_ condition: Bool, _ problem: @autoclosure () -> String) throws(X12Error) {
            if !condition { throw X12Error(.invalidValue, problem()) }
        }
        try require(
            Self.implementationGuides.contains(guide),
            "the guide is \(X12Error.quote(guide)); expected \(Self.implementationGuides.joined(separator: " or "))")
        try require(!reference.isEmpty, "the batch reference (BHT03) is empty")
        try require(
            !submitter.name.isEmpty && !submitter.id.isEmpty && !submitter.contactName.isEmpty && !submitter.phone.isEmpty,
            "the submitter's name, id, contact name and phone are required (NM1*41, PER*IC)")
        try require(!receiver.name.isEmpty && !receiver.id.isEmpty, "the receiver's name and id are required (NM1*40)")
        try require(!billingProviders.isEmpty, "the batch has no billing provider; expected at least one")
        for (providerIndex, provider) in billingProviders.enumerated() {
            let path = "billing provider \(providerIndex + 1)"
            try require(!provider.name.isEmpty, "\(path): the name (NM103) is empty")
            try require(Self.isValidNPI(provider.npi), "\(path): the NPI is not 10 digits with a valid check digit")
            try require(
                provider.taxID.utf8.count == 9 && provider.taxID.isAllDigits, "\(path): the tax id (REF*EI) is not 9 digits")
            if let problem = Self.problem(with: provider.address) { throw X12Error(.invalidValue, "\(path): \(problem)") }
            try require(!provider.subscribers.isEmpty, "\(path) has no subscriber; expected at least one")
            for (subscriberIndex, subscriber) in provider.subscribers.enumerated() {
                try subscriber.validate(at: "\(path), subscriber \(subscriberIndex + 1)")
            }
        }
    }

    /// Whether `npi` is ten digits whose last is the Luhn check digit of `80840` and the first nine.
    static func isValidNPI(_ npi: String) -> Bool {
        let digits = npi.utf8.map { Int($0) - 0x30 }
        guard digits.count == 10, digits.allSatisfy({ (0...9).contains($0) }) else { return false }
        var sum = 24  // the doubled-and-summed digits of the prefix 80840
        for (offset, digit) in digits.prefix(9).reversed().enumerated() {
            let value = offset % 2 == 0 ? digit * 2 : digit
            sum += value > 9 ? value - 9 : value
        }
        return (10 - sum % 10) % 10 == digits[9]
    }

    /// What is wrong with an address for an 837 (street, city, two-letter state, 5- or 9-digit ZIP), or `nil`.
    static func problem(with address: X12Person.Address) -> String? {
        if address.line1.isEmpty || address.city.isEmpty { return "the address has no street line or city (N3, N4)" }
        guard let state = address.state, state.utf8.count == 2, state.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) else {
            return "the address has no two-letter state code (N402)"
        }
        guard let zip = address.postalCode, zip.utf8.count == 5 || zip.utf8.count == 9, zip.isAllDigits else {
            return "the address has no ZIP code of 5 or 9 digits (N403)"
        }
        return nil
    }
}

extension ClaimSubscriber {
    func validate(at path: String) throws(X12Error) {
        func require(_ condition: Bool, _ problem: @autoclosure () -> String) throws(X12Error) {
            if !condition { throw X12Error(.invalidValue, "\(path): \(problem())") }
        }
        try require(!responsibility.isEmpty && !claimFilingIndicator.isEmpty, "SBR01 and SBR09 are required")
        try require(!person.lastName.isEmpty, "the subscriber's last name (NM103) is empty")
        try require(person.memberID?.isEmpty == false, "the subscriber has no member id (NM109)")
        try require(!payer.name.isEmpty && !payer.payerID.isEmpty, "the payer's name and id are required (NM1*PR)")
        try require(!claims.isEmpty || !dependents.isEmpty, "the subscriber has no claim and no dependent; expected one")
        if !claims.isEmpty {
            try require(
                person.dateOfBirth != nil && person.gender != nil && person.address != nil,
                "the subscriber is the patient, so the address (N3/N4), date of birth and gender (DMG) are required")
        }
        if let address = person.address, let problem = ProfessionalClaimBatch.problem(with: address) {
            throw X12Error(.invalidValue, "\(path): the subscriber's \(problem)")
        }
        for (claimIndex, claim) in claims.enumerated() {
            try claim.validate(at: "\(path), claim \(claimIndex + 1)")
        }
        for (patientIndex, patient) in dependents.enumerated() {
            let path = "\(path), patient \(patientIndex + 1)"
            let person = patient.person
            guard !patient.relationship.isEmpty, !person.lastName.isEmpty, person.memberID == nil,
                person.dateOfBirth != nil, person.gender != nil, let address = person.address
            else {
                throw X12Error(
                    .invalidValue,
                    "\(path): PAT01, the last name, address, date of birth and gender are required, and no member id (2010CA)")
            }
            if let problem = ProfessionalClaimBatch.problem(with: address) {
                throw X12Error(.invalidValue, "\(path): the patient's \(problem)")
            }
            guard !patient.claims.isEmpty else { throw X12Error(.invalidValue, "\(path) has no claim; expected one") }
            for (claimIndex, claim) in patient.claims.enumerated() {
                try claim.validate(at: "\(path), claim \(claimIndex + 1)")
            }
        }
    }
}

extension ProfessionalClaim {
    func validate(at path: String) throws(X12Error) {
        func require(_ condition: Bool, _ problem: @autoclosure () -> String) throws(X12Error) {
            if !condition { throw X12Error(.invalidValue, "\(path): \(problem())") }
        }
        try require(
            (1...20).contains(patientControlNumber.utf8.count), "the patient control number (CLM01) is not 1 to 20 characters")
        try require(!placeOfService.isEmpty, "the place of service (CLM05-1) is empty")
        try require(
            frequency == .original || payerClaimControlNumber?.isEmpty == false,
            "a replacement or void (CLM05-3 7 or 8) needs the payer's claim control number (REF*F8)")
        try require((1...12).contains(diagnoses.count), "the claim has \(diagnoses.count) diagnoses; expected 1 to 12")
        for (index, code) in diagnoses.enumerated() {
            try require(
                Self.isICD10CM(code),
                "diagnosis \(index + 1) is not an ICD-10-CM code without the dot (a letter, then 2 to 6 letters or digits)")
        }
        try require((1...50).contains(lines.count), "the claim has \(lines.count) service lines; expected 1 to 50")
        if let renderingProvider {
            try require(
                !renderingProvider.lastName.isEmpty && ProfessionalClaimBatch.isValidNPI(renderingProvider.npi),
                "the rendering provider needs a last name and a valid NPI (NM1*82)")
        }
        if let serviceFacility {
            try require(
                !serviceFacility.name.isEmpty && serviceFacility.npi.map(ProfessionalClaimBatch.isValidNPI) != false,
                "the service facility needs a name and, when given, a valid NPI (NM1*77)")
            if let problem = ProfessionalClaimBatch.problem(with: serviceFacility.address) {
                throw X12Error(.invalidValue, "\(path): the service facility's \(problem)")
            }
        }
        let otherPayers = otherSubscribers.map(\.payer.payerID)
        for (index, other) in otherSubscribers.enumerated() {
            try require(
                !other.responsibility.isEmpty && !other.relationship.isEmpty && !other.claimFilingIndicator.isEmpty
                    && !other.subscriber.lastName.isEmpty && other.subscriber.memberID?.isEmpty == false
                    && !other.payer.name.isEmpty && !other.payer.payerID.isEmpty,
                "other subscriber \(index + 1) needs SBR01, SBR02, SBR09, a last name, a member id and the payer's name and id")
            try RemittanceAdjustment.validate(other.adjustments, at: "\(path), other subscriber \(index + 1)")
        }
        for (index, line) in lines.enumerated() {
            try line.validate(at: "\(path), line \(index + 1)", diagnosisCount: diagnoses.count, otherPayers: otherPayers)
        }
        let lineTotal = lines.reduce(Int64(0)) { $0 + $1.charge }
        guard lineTotal == totalCharge else {
            throw X12Error(
                .claimChargeMismatch,
                "\(path): the total charge (CLM02) is \(X12Decimal.dollars(cents: totalCharge)) but the lines' charges (SV102) "
                    + "add up to \(X12Decimal.dollars(cents: lineTotal)); expected them to be equal")
        }
    }

    /// A letter, then 2 to 6 uppercase letters or digits: `J069`, `S72001A`.
    static func isICD10CM(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        guard (3...7).contains(bytes.count), (0x41...0x5A).contains(bytes[0]) else { return false }
        return bytes.allSatisfy { (0x41...0x5A).contains($0) || $0.isASCIIDigit }
    }
}

extension ProfessionalClaim.ServiceLine {
    func validate(at path: String, diagnosisCount: Int, otherPayers: [String]) throws(X12Error) {
        func require(_ condition: Bool, _ problem: @autoclosure () -> String) throws(X12Error) {
            if !condition { throw X12Error(.invalidValue, "\(path): \(problem())") }
        }
        try procedure.validate(at: path)
        try require(charge >= 0, "the charge (SV102) is negative")
        try require(unit == "UN" || unit == "MJ", "the unit (SV103) is not UN or MJ")
        try require(units.significand > 0, "the units (SV104) are not positive")
        try require(
            (1...4).contains(diagnosisPointers.count) && diagnosisPointers.allSatisfy({ (1...diagnosisCount).contains($0) })
                && Set(diagnosisPointers).count == diagnosisPointers.count,
            "the diagnosis pointers (SV107) are not 1 to 4 different positions among the claim's \(diagnosisCount) diagnoses")
        try require(serviceEndDate.map { $0 >= serviceDate } ?? true, "the service date range ends before it starts")
        for (index, adjudication) in adjudications.enumerated() {
            let path = "\(path), adjudication \(index + 1)"
            try require(
                otherPayers.contains(adjudication.payerID),
                "adjudication \(index + 1) names a payer (SVD01) that no other subscriber's payer (2330B) has")
            try adjudication.procedure.validate(at: path)
            try RemittanceAdjustment.validate(adjudication.adjustments, at: path)
        }
    }
}

extension ProfessionalClaim.Procedure {
    func validate(at path: String) throws(X12Error) {
        guard !qualifier.isEmpty, !code.isEmpty, modifiers.count <= 4,
            modifiers.allSatisfy({ $0.utf8.count == 2 && $0.utf8.allSatisfy { $0.isASCIIDigit || (0x41...0x5A).contains($0) } })
        else {
            throw X12Error(
                .invalidValue, "\(path): the procedure needs a code and at most 4 modifiers of 2 letters or digits")
        }
    }
}

extension RemittanceAdjustment {
    /// Reason codes present, and at most 6 reasons per group code: the 837 sends one CAS per group.
    static func validate(_ adjustments: [RemittanceAdjustment], at path: String) throws(X12Error) {
        if adjustments.contains(where: \.reason.isEmpty) {
            throw X12Error(.invalidValue, "\(path): an adjustment has no reason code (CAS)")
        }
        let groups = Dictionary(grouping: adjustments, by: \.group.rawValue)
        if let crowded = groups.sorted(by: { $0.key < $1.key }).first(where: { $0.value.count > 6 }) {
            throw X12Error(
                .invalidValue,
                "\(path): group \(crowded.key) has \(crowded.value.count) adjustments; the 837 sends one CAS per group, of at most 6")
        }
    }
}
