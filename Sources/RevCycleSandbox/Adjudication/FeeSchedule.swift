import X12

/// A payer's contracted rates (HCPCS code → allowed cents per unit), and what it allows for a code
/// it has no rate for: ``unlistedShare`` percent of the charge, rounded down to the cent.
///
/// The allowed amount never exceeds the charge, so CO-45 (charge − allowed) is never negative.
struct FeeSchedule: Sendable, Hashable {
    static let unlistedShare: Int64 = 60

    var rates: [String: Int64]

    func allowed(for line: ProfessionalClaim.ServiceLine) -> Int64 {
        guard let rate = rates[line.procedure.code.uppercased()] ?? rates[line.procedure.code] else {
            return line.charge * Self.unlistedShare / 100
        }
        let units = max(1, line.units.scaled(to: 0) ?? 1)
        return min(rate * units, line.charge)
    }
}
