/// A subscriber or dependent as an eligibility transaction names them: NM1, REF, N3/N4 and DMG.
///
/// The same value as ``X12Person``, which 837 claims use too.
///
/// ```swift
/// let subscriber = EligibilityPerson(
///     lastName: "DOE", firstName: "JANE", memberID: "W123456789",
///     dateOfBirth: X12Date(year: 1980, month: 1, day: 1), gender: .female)
/// ```
public typealias EligibilityPerson = X12Person
