#!/usr/bin/env bash
# The main job, end to end on the embedded default: SQLite, the default site, every module on.
# Builds revcycle, creates a fresh RevCycle home in demo-run/ and walks a small clinic day through
# the CLI: registration, eligibility with the sandbox payer, appointments, estimates and a good-faith
# estimate, check-in with a card copay, the visit's claim through 837P/999/277CA/835 with the sandbox payer, charges, a payer remittance with its contractual adjustment, a transfer
# to the patient, an assistance discount, a patient payment that overpays, work handed between
# roles, a module switched off and on, site scripts checked and tested, an example site's policy
# refusing a late claim, statements, contact rules, a payment plan and credits in collections, and the
# ledger and audit checks at the end.
# (The full simulated hospital month arrives with `revcycle simulate`.)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
echo "demo: building revcycle…"
swift build --product revcycle >/tmp/revcycle-demo-build.log 2>&1 || { tail -40 /tmp/revcycle-demo-build.log; exit 1; }
bin="$(swift build --show-bin-path)/revcycle"

home="${1:-demo-run}"
rm -rf "$home"
mkdir -p "$home"
# A RevCycle home holds config/ and Scripts/; start from the ones in this repository.
cp -R config Scripts "$home"/
export REVCYCLE_HOME="$PWD/$home"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
rc() { echo "\$ revcycle $*"; "$bin" "$@"; }

step "Set up the installation and the staff"
rc init
rc users add fdesk   --name "Rosa Front Desk"   --role access
rc users add biller  --name "Ben Biller"        --role billing
rc users add coll    --name "Cara Collector"    --role collections
rc users add counsel --name "Cole Counselor"    --role counseling
rc users add analyst --name "Ana Analyst"       --role analyst
rc modules list

step "Front desk: register patients and open encounter accounts"
rc access register --mrn 100234 --family Rivera --given Ana --birth-date 1984-03-09 --sex F \
  --address-line1 "742 Evergreen Ter" --city Springfield --state IL --zip 62704 --phone "(217) 555-0142" --user fdesk
rc access register --mrn 100235 --family Rivera --given Leo --birth-date 2019-07-21 --guarantor G1 --user fdesk
rc access register --mrn 100301 --family Okafor --given James --birth-date 1957-11-30 --sex M \
  --address-line1 "18 Elm St" --city Springfield --state IL --zip 62702 --phone "(217) 555-0188" --user fdesk
rc access open-account --patient P1 --guarantor G1 --service-date 2026-09-15 --user fdesk
rc access open-account --patient P2 --guarantor G1 --service-date 2026-10-20 --user fdesk
rc access open-account --patient P3 --guarantor G2 --service-date 2026-07-01 --user fdesk

step "Billing: charges, a remittance with its contractual adjustment, a transfer to the patient"
rc billing charge --account A1 --code 99214 --amount 185.00 --payer AETNA --key visit-A1 --user biller
rc billing charge --account A2 --code 99392 --amount 210.00 --payer AETNA --key visit-A2 --user biller
rc billing charge --account A3 --code 99215 --amount 260.00 --payer MEDICARE --key visit-A3 --user biller
rc billing charge --account A3 --code 93000 --amount 65.00 --self-pay --key ecg-A3 --user biller
rc billing payment --account A1 --payer AETNA --amount 98.40 --contractual 61.60 --trace EFT88120 --user biller
echo "(the same remittance again changes nothing:)"
rc billing payment --account A1 --payer AETNA --amount 98.40 --contractual 61.60 --trace EFT88120 --user biller
rc billing transfer --account A1 --amount 25.00 --from insurance:AETNA --to patient --key A1-copay --user biller
rc billing payment --account A3 --payer MEDICARE --amount 150.00 --contractual 70.00 --trace MCR5512 --user biller
rc billing transfer --account A3 --amount 40.00 --from insurance:MEDICARE --to patient --key A3-coins --user biller

step "Billing hands work to counseling"
rc tasks add --role counseling --title "Patient asked about financial assistance" --account A3 --priority high --user biller
rc tasks list --user counsel
rc tasks take T1 --user counsel

step "Counseling: a 60% financial-assistance discount, rounded down to the cent"
rc counseling discount --account A3 --percent 60 --application FA-2026-0113 --user counsel
rc tasks done T1 --note "FA approved at 60%, patient informed" --user counsel

step "Collections: a patient payment that overpays leaves a credit"
rc collections worklist --user coll
rc collections payment --account A1 --amount 30.00 --method check --reference 4471 --user coll
echo "(the collections module reacted to the payment event: a credit balance to refund or apply)"
rc tasks list --user coll
rc ledger show G1 --user coll

step "Analytics: accounts receivable by liability and age"
rc analytics aging --user analyst

step "A module switched off refuses its commands, with the fix"
rc modules disable analytics
set +e
rc analytics aging --user analyst
echo "(exit code $?)"
set -e
rc modules enable analytics

step "Site scripts: the hook catalog, and each site's scripts checked and tested"
rc scripts hooks
for site in default rural-cah urban-amc; do
  rc scripts check --site "$site" | tail -1
  rc scripts test --site "$site" | tail -1
done

step "An example site's policy: Lakeshore (urban-amc) refuses a claim past the payer's timely-filing window"
rc users add fd-urban   --name "Lakeshore Front Desk" --role access
rc users add bill-urban --name "Lakeshore Biller"     --role billing
rc access register --mrn 770001 --family Nguyen --given Mai --birth-date 1990-01-01 --site urban-amc --user fd-urban
rc access open-account --patient P4 --guarantor G3 --service-date 2026-05-01 --site urban-amc --user fd-urban
set +e
rc billing charge --account A4 --code 99213 --amount 125.00 --payer AETNA --site urban-amc --user bill-urban
echo "(exit code $?)"
set -e
rc billing charge --account A4 --code 99213 --amount 125.00 --payer MEDICARE --site urban-amc --user bill-urban

step "Front desk: eligibility (270/271 with the sandbox payer), appointments, estimates, check-in collection"
today=$(TZ=America/Chicago date +%F)
in3weeks=$(TZ=America/Chicago date -d "+21 days" +%F)
rc access coverage add --patient P1 --payer AETNA --member-id W100000008 --subscriber-relationship self \
  --priority primary --effective 2026-01-01 --user fdesk
rc access appointment schedule --patient P1 --provider 1003000126 --at "$today 23:45" --location "Main St clinic" \
  --services 99213,80053 --user fdesk
rc access appointment schedule --patient P3 --provider 1548207632 --at "$in3weeks 10:00" --location "Imaging" \
  --services 70553 --user fdesk
rc access appointment list --date "$today" --user fdesk
rc access eligibility check P1 --appointment V1 --user fdesk
echo "(the 270 went to the outbox, the sandbox payer answered with a 271 in the inbox:)"
ls "$home"/var/exchange/default/outbox/sent "$home"/var/exchange/default/processed
rc access eligibility discover P3 --user fdesk
rc access estimate create V1 --user fdesk
rc access estimate create V2 --diagnosis R51.9 --html "$home/good-faith-estimate-V2.html" --user fdesk
echo "(the good-faith estimate as the patient receives it: $home/good-faith-estimate-V2.html)"
rc access check-in V1 --user fdesk
echo "\$ echo '4000000000000002 12/29 123' | revcycle access check-in V1 --pay card --card-stdin"
set +e
echo "4000000000000002 12/29 123" | "$bin" access check-in V1 --pay card --card-stdin --user fdesk
echo "(exit code $?: the test card is declined, nothing was recorded)"
set -e
echo "\$ echo '4242424242424242 12/29 123' | revcycle access check-in V1 --pay card --card-stdin"
echo "4242424242424242 12/29 123" | "$bin" access check-in V1 --pay card --card-stdin --user fdesk
rc tasks list --user fdesk

step "Billing: the visit's charges become a claim, scrubbed, sent as 837P; the sandbox payer acknowledges (999, 277CA) and pays (835)"
rc billing diagnoses A5 --codes E11.9,I10 --user biller
rc billing charge --account A5 --code 99213 --diagnosis-pointers 1,2 --payer AETNA --user biller
rc billing charge --account A5 --code 80053 --payer AETNA --user biller
rc billing claim create A5 --user biller
rc billing claim scrub --all --user biller
rc billing claim submit --user biller
rc billing claim show RC1 --user biller
echo "(the copay collected at check-in was held as a credit; the 835's patient share used it:)"
rc ledger show A5 --user biller
echo "(any X12 file, for people:)"
"$bin" x12 inspect "$(ls "$home"/var/exchange/default/processed/*.835 | head -1)" | sed -n '1,12p;/Loop 2100/,/Loop 2110/p' | head -40
rc billing denials --user biller

step "Collections: statements from the ledger, the contact rules, a payment plan, credits, 501(r) status"
# Contact rules read the patient's clock (calls 08:00-21:00 their time): this demo home has a settable
# clock, so the collector's day is 11:00 in Springfield whenever the demo runs.
echo "clock: settable" >> "$home/config/revcycle.yaml"
export REVCYCLE_NOW="${today}T17:00:00Z"
echo "(REVCYCLE_NOW=$REVCYCLE_NOW: the demo's collector works at 11:00 Central)"
rc collections statements run --dry-run --user coll
rc collections statements run --out "$home/statements" --user coll
rc collections statements show ST1 --user coll | sed -n '1,40p'
echo "(print-ready HTML statements: $home/statements/*.html)"
rc collections contact log --guarantor G2 --channel call --outcome conversation --note "Will call back about a plan" --user coll
set +e
rc collections contact log --guarantor G2 --channel call --outcome no-answer --user coll
echo "(exit code $?: Regulation F's 7 quiet days after a conversation)"
rc collections contact log --guarantor G2 --channel text --outcome message-sent --user coll
echo "(exit code $?: no consent to texts on file)"
set -e
rc collections contact check --guarantor G2 --user coll
set +e
rc collections plan create --guarantor G2 --months 3 --user coll
echo "(exit code $?: the site's plan terms want at least \$25.00 a month)"
set -e
rc billing charge --account A3 --code 71046 --amount 310.00 --self-pay --key xray-A3 --user biller
rc collections plan create --guarantor G2 --months 3 --user coll
rc collections credits list --user coll
rc collections credits apply --from A1 --user coll
rc collections actions status --guarantor G2 --user coll
rc collections worklist --user coll
unset REVCYCLE_NOW

step "Checks: every balance recomputed from the journal, every audit link verified"
rc ledger verify
rc audit verify
rc audit show --limit 8
rc db backup "$home/var/backup.sqlite"
echo
echo "demo: done. The database is $home/var/revcycle.sqlite; point any command at it with REVCYCLE_HOME=$PWD/$home"
