/// A patient who is not the subscriber (loops 2000C and 2010CA), and the claims billed for them.
///
/// Written as `HL*n*<subscriber>*23*0`, `PAT*<relationship>`, `NM1*QC*1*<last>*<first>`, N3/N4 and
/// `DMG*D8*<birth date>*<gender>`; a 5010 patient carries no member id of their own.
///
/// ```swift
/// let child = ClaimPatient(
///     relationship: "19",
///     person: X12Person(lastName: "DOE", firstName: "JIMMY", dateOfBirth: birthDate, gender: .male, address: home),
///     claims: [claim])
/// ```
public struct ClaimPatient: Sendable, Hashable {
    /// PAT01, the relationship to the subscriber: `01` spouse, `19` child, `20` employee, `21` unknown,
    /// `39` organ donor, `40` cadaver donor, `53` life partner, `G8` other relationship.
    public var relationship: String
    /// Loop 2010CA: names, address, date of birth and gender (all required), no member id.
    public var person: X12Person
    /// The patient's 2300 loops.
    public var claims: [ProfessionalClaim]

    public init(relationship: String, person: X12Person, claims: [ProfessionalClaim]) {
        self.relationship = relationship
        self.person = person
        self.claims = claims
    }
}

// MARK: - Segments

extension ClaimPatient {
    /// PAT, loop 2010CA, then the claims (the HL is written by the batch).
    var segments: [X12Segment] {
        [X12Segment("PAT", [X12Element(relationship)])] + person.claimSegments(entity: "QC") + claims.flatMap(\.segments)
    }

    /// Reads a 2000C level's segments (after the HL).
    init(reading level: X12Loop, at hl: X12Segment) throws(X12Error) {
        guard let pat = level.segment("PAT") else {
            throw X12Error(
                .missingSegment, "the 2000C patient level has no PAT; expected PAT with the relationship to the subscriber",
                at: hl.location())
        }
        guard let name = level.loops("2010CA").first else {
            throw X12Error(
                .missingSegment, "the 2000C patient level has no NM1*QC; expected the 2010CA patient name",
                at: hl.location())
        }
        try self.init(
            relationship: pat.required(1, "the relationship to the subscriber such as 19"),
            person: X12Person(readingClaimLoop: name), claims: ProfessionalClaim.claims(in: level))
        guard !claims.isEmpty else {
            throw X12Error(
                .missingSegment, "the 2000C patient level has no CLM; expected at least one 2300 claim",
                at: hl.location())
        }
    }
}
