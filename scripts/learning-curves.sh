#!/usr/bin/env bash
# Trains each model with several seeds on one environment, writes a CSV log and an agent per run
# under OUT, and plots best and mean fitness per generation of every run into OUT/curves.png.
#
# usage: scripts/learning-curves.sh [--env ID] [--models a,b] [--seeds "1 2 3"] [--generations G]
#                                   [--population P] [--reps R] [--out DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

env=cartpole-swingup
models=cooperator,transformer
seeds="1 2 3"
generations=50
population=128
reps=16
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --env) env=$2; shift 2 ;;
    --models) models=$2; shift 2 ;;
    --seeds) seeds=$2; shift 2 ;;
    --generations) generations=$2; shift 2 ;;
    --population) population=$2; shift 2 ;;
    --reps) reps=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "error: unknown option $1; see the usage at the top of $0" >&2; exit 2 ;;
  esac
done
out=${out:-docs/runs/$env}
mkdir -p "$out"

./cooperator-lab --help >/dev/null
plot_args=()
for model in ${models//,/ }; do
  for seed in $seeds; do
    name="$model-seed$seed"
    echo "== $env $name: $generations generations, population $population, reps $reps" >&2
    java -jar app/target/cooperator-lab.jar train --env "$env" --model "$model" --generations "$generations" \
      --population "$population" --reps "$reps" --seed "$seed" --out "$out/$name.json" --log "$out/$name.csv"
    plot_args+=(--log "$model=$out/$name.csv")
  done
done
java -jar app/target/cooperator-lab.jar plot "${plot_args[@]}" --out "$out/curves.png" \
  --title "$env: best (solid) and mean (dashed) fitness, population $population, reps $reps" | tee "$out/summary.txt"
