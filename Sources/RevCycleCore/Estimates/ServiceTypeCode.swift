/// X12 eligibility service type codes (271 `EB03`) that patient estimates use, as strings.
///
/// ``PlanBenefits/copays`` is keyed by these strings; any other code a 271 carries works too.
public enum ServiceTypeCode {
    /// `30`: health benefit plan coverage, the plan's generic benefit and the fallback.
    public static let healthBenefitPlanCoverage = "30"
    /// `47`: hospital.
    public static let hospital = "47"
    /// `50`: hospital outpatient.
    public static let hospitalOutpatient = "50"
    /// `86`: emergency services.
    public static let emergencyServices = "86"
    /// `98`: professional (physician) visit, office.
    public static let officeVisit = "98"
    /// `UC`: urgent care.
    public static let urgentCare = "UC"
}
