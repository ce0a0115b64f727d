/// Patients' insurance coverage: recorded by patient access, read by every module that bills.
///
/// At most one coverage per priority (primary, secondary, tertiary) is in force on any day; a
/// store refuses an overlapping one. Reads and writes append an audit row naming the patient.
public protocol CoverageStore: Sendable {
    /// Records a coverage, refusing one that overlaps another of the same priority.
    func add(_ coverage: Coverage, by actor: ActingUser) throws -> Coverage
    /// Ends a coverage on `date` (its last covered day), as when the payer reports it terminated.
    func end(coverage id: Int64, on date: CalendarDate, reason: String, by actor: ActingUser) throws -> Coverage
    /// The patient's coverages, primary first.
    func coverages(of patient: PatientID, by actor: ActingUser) throws -> [Coverage]
}
