#!/usr/bin/env bash
# The main job, end to end on the embedded default: SQLite, the default site, every module on.
# Builds revcycle, creates a fresh RevCycle home in demo-run/ and walks a small clinic day through
# the CLI: registration, charges, a payer remittance with its contractual adjustment, a transfer
# to the patient, an assistance discount, a patient payment that overpays, work handed between
# roles, a module switched off and on, site scripts checked and tested, an example site's policy
# refusing a late claim, and the ledger and audit checks at the end.
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
rc access register --mrn 100234 --family Rivera --given Ana --birth-date 1984-03-09 --user fdesk
rc access register --mrn 100235 --family Rivera --given Leo --birth-date 2019-07-21 --guarantor G1 --user fdesk
rc access register --mrn 100301 --family Okafor --given James --birth-date 1957-11-30 --user fdesk
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
rc collections balances --user coll
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

step "Checks: every balance recomputed from the journal, every audit link verified"
rc ledger verify
rc audit verify
rc audit show --limit 8
rc db backup "$home/var/backup.sqlite"
echo
echo "demo: done. The database is $home/var/revcycle.sqlite; point any command at it with REVCYCLE_HOME=$PWD/$home"
