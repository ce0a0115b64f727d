// 277 Health Care Claim Status Response (005010X212); the 277CA has its own map.
extension InspectionGuide {
    static let claimStatusResponse = InspectionGuide(
        setID: "277", guides: [], name: "Health Care Claim Status Response",
        loops: claimStatusLevels(serviceLine: "2220"), names: claimStatusNames(serviceLine: "2220"))
}
