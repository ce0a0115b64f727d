extension EligibilityBenefit {
    /// EB01, the eligibility or benefit information code; any other code is kept as ``other(_:)``.
    public enum Information: Sendable, Hashable {
        /// `1` active coverage.
        case activeCoverage
        /// `2` active – full risk capitation.
        case activeFullRiskCapitation
        /// `3` active – services capitated.
        case activeServicesCapitated
        /// `4` active – services capitated to primary care physician.
        case activeServicesCapitatedToPrimaryCare
        /// `5` active – pending investigation.
        case activePendingInvestigation
        /// `6` inactive.
        case inactive
        /// `7` inactive – pending eligibility update.
        case inactivePendingEligibilityUpdate
        /// `8` inactive – pending investigation.
        case inactivePendingInvestigation
        /// `A` co-insurance.
        case coInsurance
        /// `B` co-payment.
        case coPayment
        /// `C` deductible.
        case deductible
        /// `CB` coverage basis.
        case coverageBasis
        /// `D` benefit description.
        case benefitDescription
        /// `E` exclusions.
        case exclusions
        /// `F` limitations.
        case limitations
        /// `G` out of pocket (stop loss).
        case outOfPocket
        /// `H` unlimited.
        case unlimited
        /// `I` non-covered.
        case nonCovered
        /// `J` cost containment.
        case costContainment
        /// `L` primary care provider.
        case primaryCareProvider
        /// `MC` managed care coordinator.
        case managedCareCoordinator
        /// `N` services restricted to the following provider.
        case servicesRestrictedToProvider
        /// `P` benefit disclaimer.
        case benefitDisclaimer
        /// `R` other or additional payer.
        case otherPayer
        /// `U` contact the following entity for benefit information.
        case contactForBenefitInformation
        /// `V` cannot process.
        case cannotProcess
        /// `W` other source of data.
        case otherSourceOfData
        /// `Y` spend down.
        case spendDown
        case other(String)

        static let known: [Self] = [
            .activeCoverage, .activeFullRiskCapitation, .activeServicesCapitated,
            .activeServicesCapitatedToPrimaryCare, .activePendingInvestigation, .inactive,
            .inactivePendingEligibilityUpdate, .inactivePendingInvestigation, .coInsurance, .coPayment,
            .deductible, .coverageBasis, .benefitDescription, .exclusions, .limitations, .outOfPocket, .unlimited,
            .nonCovered, .costContainment, .primaryCareProvider, .managedCareCoordinator,
            .servicesRestrictedToProvider, .benefitDisclaimer, .otherPayer, .contactForBenefitInformation,
            .cannotProcess, .otherSourceOfData, .spendDown,
        ]

        public init(code: String) {
            self = Self.known.first { $0.code == code } ?? .other(code)
        }

        public var code: String {
            switch self {
            case .activeCoverage: "1"
            case .activeFullRiskCapitation: "2"
            case .activeServicesCapitated: "3"
            case .activeServicesCapitatedToPrimaryCare: "4"
            case .activePendingInvestigation: "5"
            case .inactive: "6"
            case .inactivePendingEligibilityUpdate: "7"
            case .inactivePendingInvestigation: "8"
            case .coInsurance: "A"
            case .coPayment: "B"
            case .deductible: "C"
            case .coverageBasis: "CB"
            case .benefitDescription: "D"
            case .exclusions: "E"
            case .limitations: "F"
            case .outOfPocket: "G"
            case .unlimited: "H"
            case .nonCovered: "I"
            case .costContainment: "J"
            case .primaryCareProvider: "L"
            case .managedCareCoordinator: "MC"
            case .servicesRestrictedToProvider: "N"
            case .benefitDisclaimer: "P"
            case .otherPayer: "R"
            case .contactForBenefitInformation: "U"
            case .cannotProcess: "V"
            case .otherSourceOfData: "W"
            case .spendDown: "Y"
            case .other(let code): code
            }
        }

        /// Whether the code says the member has coverage (`1` through `5`).
        public var isActive: Bool {
            switch self {
            case .activeCoverage, .activeFullRiskCapitation, .activeServicesCapitated,
                .activeServicesCapitatedToPrimaryCare, .activePendingInvestigation:
                true
            default: false
            }
        }
    }

    /// EB02, who the benefit covers; any other code is kept as ``other(_:)``.
    public enum CoverageLevel: Sendable, Hashable {
        /// `IND` individual.
        case individual
        /// `FAM` family.
        case family
        /// `EMP` employee only.
        case employeeOnly
        /// `ESP` employee and spouse.
        case employeeAndSpouse
        /// `ECH` employee and children.
        case employeeAndChildren
        /// `CHD` children only.
        case childrenOnly
        /// `DEP` dependents only.
        case dependentsOnly
        /// `SPC` spouse and children.
        case spouseAndChildren
        /// `SPO` spouse only.
        case spouseOnly
        case other(String)

        static let known: [Self] = [
            .individual, .family, .employeeOnly, .employeeAndSpouse, .employeeAndChildren, .childrenOnly,
            .dependentsOnly, .spouseAndChildren, .spouseOnly,
        ]

        public init(code: String) {
            self = Self.known.first { $0.code == code } ?? .other(code)
        }

        public var code: String {
            switch self {
            case .individual: "IND"
            case .family: "FAM"
            case .employeeOnly: "EMP"
            case .employeeAndSpouse: "ESP"
            case .employeeAndChildren: "ECH"
            case .childrenOnly: "CHD"
            case .dependentsOnly: "DEP"
            case .spouseAndChildren: "SPC"
            case .spouseOnly: "SPO"
            case .other(let code): code
            }
        }
    }

    /// EB06, the period an amount or quantity applies to; any other code is kept as ``other(_:)``.
    public enum TimePeriod: Sendable, Hashable {
        /// `6` hour.
        case hour
        /// `7` day.
        case day
        /// `21` years.
        case years
        /// `22` service year.
        case serviceYear
        /// `23` calendar year.
        case calendarYear
        /// `24` year to date.
        case yearToDate
        /// `25` contract.
        case contract
        /// `26` episode.
        case episode
        /// `27` visit.
        case visit
        /// `29` remaining (what is left of a deductible or out-of-pocket maximum).
        case remaining
        /// `30` exceeded.
        case exceeded
        /// `31` not exceeded.
        case notExceeded
        /// `32` lifetime.
        case lifetime
        /// `33` lifetime remaining.
        case lifetimeRemaining
        /// `34` month.
        case month
        /// `36` admission.
        case admission
        case other(String)

        static let known: [Self] = [
            .hour, .day, .years, .serviceYear, .calendarYear, .yearToDate, .contract, .episode, .visit, .remaining,
            .exceeded, .notExceeded, .lifetime, .lifetimeRemaining, .month, .admission,
        ]

        public init(code: String) {
            self = Self.known.first { $0.code == code } ?? .other(code)
        }

        public var code: String {
            switch self {
            case .hour: "6"
            case .day: "7"
            case .years: "21"
            case .serviceYear: "22"
            case .calendarYear: "23"
            case .yearToDate: "24"
            case .contract: "25"
            case .episode: "26"
            case .visit: "27"
            case .remaining: "29"
            case .exceeded: "30"
            case .notExceeded: "31"
            case .lifetime: "32"
            case .lifetimeRemaining: "33"
            case .month: "34"
            case .admission: "36"
            case .other(let code): code
            }
        }
    }

    /// EB12, whether the benefit applies in the plan's network; any other code is kept as ``other(_:)``.
    public enum Network: Sendable, Hashable {
        /// `Y` in network.
        case inNetwork
        /// `N` out of network.
        case outOfNetwork
        /// `W` not applicable: the benefit is the same in and out of network.
        case notApplicable
        /// `U` unknown.
        case unknown
        case other(String)

        public init(code: String) {
            self = [Self.inNetwork, .outOfNetwork, .notApplicable, .unknown].first { $0.code == code } ?? .other(code)
        }

        public var code: String {
            switch self {
            case .inNetwork: "Y"
            case .outOfNetwork: "N"
            case .notApplicable: "W"
            case .unknown: "U"
            case .other(let code): code
            }
        }
    }
}
