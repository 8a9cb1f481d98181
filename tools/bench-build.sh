#!/usr/bin/env bash
# Whole-build benchmarks for docs/performance.md: times `kyodo build` on the real data and on synthetic data sets
# of 1k, 10k and 100k project-years (wall time, CPU time, pages per second, peak memory from /usr/bin/time -v),
# measures page weight, and times incremental rebuilds while `serve` runs (edit one row → page updated).
#
#   tools/bench-build.sh                 # everything (the 100k build takes a few minutes)
#   SIZES="1000 10000" RUNS=3 tools/bench-build.sh
#   SKIP_SERVE=1 tools/bench-build.sh    # builds only
#   SKIP_BUILDS=1 tools/bench-build.sh   # page weight and incremental rebuilds only
#   METRIC_ROWS="10000 100000 1000000" SKIP_BUILDS=1 SKIP_SERVE=1 tools/bench-build.sh
#                                        # one large table: the real data with N rows of metrics.csv for one
#                                        # project-year (time and memory must grow in proportion to N)
#
# Results are printed as Markdown tables and written to $WORK/results.md. The machine is shared by other work at
# times: each figure is the best of $RUNS runs, and the load average before each run is shown beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${SIZES-1000 10000 100000}"
METRIC_ROWS="${METRIC_ROWS-}"
RUNS="${RUNS:-3}"
EDITS="${EDITS:-10}"
WORK="${WORK:-${TMPDIR:-/tmp}/kyodo-bench}"
PORT="${PORT:-18088}"
mkdir -p "$WORK"
RESULTS="$WORK/results.md"
: >"$RESULTS"

if [[ ! -x /usr/bin/time ]]; then
  echo "Installing GNU time (for peak memory) …" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
  else sudo apt-get install -y -qq time >/dev/null; fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build -c Release src/Kyodo.Cli -v quiet -nologo >/dev/null
DLL="src/Kyodo.Cli/bin/Release/net10.0/Kyodo.Cli.dll"

out() { echo "$*" | tee -a "$RESULTS"; }

# timing NAME FILE: milliseconds of a "  (phase)   123.4 ms" line of `build --timings`; cputime: of "  (phase) cpu   …".
timing() { awk -v n="$1" '$1 == n && $2 != "cpu" { print $2 }' "$2" | head -1; }
cputime() { awk -v n="$1" '$1 == n && $2 == "cpu" { print $3 }' "$2" | head -1; }

# run_build LABEL PROJECT_YEARS ARGS…: best of $RUNS runs by wall time; prints one table row.
run_build() {
  local label="$1" size="$2"; shift 2
  local best="" row=""
  for ((i = 1; i <= RUNS; i++)); do
    local load log="$WORK/build.log" tv="$WORK/time.log"
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -v -o "$tv" dotnet "$DLL" build --timings --lang en "$@" >"$log" 2>&1 || { cat "$log" >&2; return 1; }
    local pages files wall user sys rss ld rd pp wr fin
    read -r pages files < <(sed -n 's/^Built \([0-9]*\) pages, \([0-9]*\) files.*/\1 \2/p' "$log")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + t[k]; print s }' "$tv")
    user=$(awk -F': ' '/User time/ { print $2 }' "$tv")
    sys=$(awk -F': ' '/System time/ { print $2 }' "$tv")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$tv")
    ld=$(timing "(load)" "$log"); rd=$(timing "(render)" "$log"); pp=$(timing "(postprocess)" "$log")
    wr=$(timing "(write)" "$log"); fin=$(timing "(finalize)" "$log")
    local rdc wrc
    rdc=$(cputime "(render)" "$log"); wrc=$(cputime "(write)" "$log")
    local candidate
    candidate=$(awk -v l="$label" -v y="$size" -v p="$pages" -v f="$files" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" \
      -v ld="$ld" -v rd="$rd" -v pp="$pp" -v wr="$wr" -v fin="${fin:-0}" -v la="$load" -v rdc="$rdc" -v wrc="$wrc" 'BEGIN {
        rw = (rd + wr) / 1000; rwc = (rdc + wrc) / 1000;
        printf "| %s | %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.2f | %.0f | %.0f | %d | %s |\n",
          l, y, p, f, w, u + s, ld / 1000, rd / 1000, pp / 1000, wr / 1000 + fin / 1000, p / rw, rwc, p / rwc, p / w, m, la }')
    if [[ -z "$best" ]] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then best="$wall"; row="$candidate"; fi
  done
  out "$row"
}

header() {
  out ""
  out "| data | project-years | pages | files | wall s | CPU s | load s | render s | check s | write+finalize s | pages/s (render+write) | render+write CPU s | pages per CPU-s (render+write) | pages/s (wall) | peak MiB | load avg |"
  out "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
}

if [[ -n "${SKIP_BUILDS:-}" ]]; then
  dotnet "$DLL" build --out "$WORK/real-site" --no-search >/dev/null
else
out "## Builds ($(nproc) cores, $(date -u +%Y-%m-%d), best of $RUNS)"
header
real_rows=$(cat data/*/project_years.csv | grep -c '^p[0-9]' || true)
run_build "real (all plans of data/), no search" "$real_rows" --out "$WORK/real-site" --no-search
run_build "real (all plans of data/), with search" "$real_rows" --out "$WORK/real-site"
for size in $SIZES; do
  data="$WORK/synth-$size"
  if [[ ! -f "$data/.size-$size" ]]; then
    dotnet "$DLL" synth --out "$data" --project-years "$size" >&2
    touch "$data/.size-$size"
  fi
  run_build "synthetic" "$size" --data "$data" --out "$WORK/synth-site" --no-search
done
rm -rf "$WORK/synth-site"
fi

# Page weight of the real site: project pages with the CSS they load, and whether any needs JavaScript.
site="$WORK/real-site"
out ""
out "## Page weight (real data)"
css=$(stat -c %s "$site/assets/site.css")
sizes=$(find "$site/projects" "$site/en/projects" -mindepth 2 -name index.html -exec stat -c %s {} + | sort -n)
n=$(echo "$sizes" | wc -l)
median=$(echo "$sizes" | sed -n "$(((n + 1) / 2))p")
largest=$(echo "$sizes" | tail -1)
scripts=$(grep -l '<script' $(find "$site/projects" "$site/en/projects" -mindepth 2 -name index.html) 2>/dev/null | wc -l || true)
out ""
out "| what | bytes |"
out "| --- | ---: |"
out "| site CSS (assets/site.css) | $css |"
out "| project page HTML, median of $n | $median |"
out "| project page HTML, largest | $largest |"
out "| largest project page + CSS | $((largest + css)) |"
out "| project pages that load a script | $scripts |"

# Incremental rebuilds while `serve` runs: from saving a one-row edit to the rebuilt page on disk.
serve_edits() {
  local label="$1" data="$2" file="$3" pattern="$4" page="$5"
  local site="$WORK/serve-site"
  rm -rf "$site"
  coproc SERVE { exec dotnet "$DLL" serve --data "$data" --out "$site" --no-search --port "$PORT" --lang en 2>&1; }
  local line times=() reported=()
  while IFS= read -r -u "${SERVE[0]}" line; do [[ $line == Serving* ]] && break; done
  sleep 1
  for ((i = 1; i <= EDITS; i++)); do
    local t0 t1
    t0=${EPOCHREALTIME/./}
    sed -i -E "s/$pattern/\\1（版$i）,/" "$data/$file"
    # An editor's temporary file (sed -i writes one beside the file) may start a rebuild of its own that changes
    # nothing; wait for the rebuild after which the page shows the edit.
    local updated=""
    while IFS= read -r -t 60 -u "${SERVE[0]}" line; do
      if [[ $line == Rebuilt:* ]] && grep -q "（版$i）" "$site/$page"; then updated=1; break; fi
    done
    t1=${EPOCHREALTIME/./}
    [[ -n "$updated" ]] || { echo "page was not updated after edit $i" >&2; kill "$SERVE_PID"; return 1; }
    times+=($(((t1 - t0) / 1000)))
    reported+=("$(sed -n 's/.* removed, in \([0-9]*\) ms.*/\1/p' <<<"$line")")
    sleep 0.5
  done
  kill "$SERVE_PID"; wait "$SERVE_PID" 2>/dev/null || true
  local sorted median max
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(sed -n "$(((EDITS + 1) / 2))p" <<<"$sorted"); max=$(tail -1 <<<"$sorted")
  out "| $label | $EDITS | $median | $max | $(printf '%s\n' "${reported[@]}" | sort -n | sed -n "$(((EDITS + 1) / 2))p") | $(sed 's| / 再作成.*||' <<<"${line#Rebuilt: }") |"
}

# big_table N: a copy of data/ whose metrics.csv holds N more rows, all of project p001 in FY2020, each a figure
# of its own (seq and name differ), as a department that pastes a whole register into one table would send.
big_table() {
  local n="$1" dir="$WORK/metrics-$1"
  if [[ ! -f "$dir/koriyama/metrics.csv" ]]; then
    rm -rf "$dir"; cp -r data "$dir"
    awk -v n="$n" 'BEGIN { for (i = 1; i <= n; i++)
      printf "p001,2020,%d,result,actual,件数%d,Count %d,%d,件,cases,2020,,,false,・件数%d %d件,koriyama-2020-report#基本施策1\n", 1000 + i, i, i, i % 997, i, i % 997 }' \
      >>"$dir/koriyama/metrics.csv"
  fi
  echo "$dir"
}

if [[ -n "$METRIC_ROWS" ]]; then
  out ""
  out "## One large table (real data + N rows of metrics.csv for one project-year)"
  out ""
  out "| data | added rows | pages | files | wall s | CPU s | load s | render s | check s | write+finalize s | pages/s (render+write) | render+write CPU s | pages per CPU-s (render+write) | pages/s (wall) | peak MiB | load avg |"
  out "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for n in $METRIC_ROWS; do
    dir=$(big_table "$n")
    RUNS=1 run_build "metrics.csv" "$n" --data "$dir" --out "$WORK/metrics-site" --no-search --force
  done
  rm -rf "$WORK/metrics-site"
fi

if [[ -z "${SKIP_SERVE:-}" ]]; then
  out ""
  out "## Incremental rebuild while serve runs (edit one row of project_years.csv → page on disk)"
  out ""
  out "| data | edits | median ms (save → page written) | max ms | median ms (rebuild, as serve reports) | last rebuild |"
  out "| --- | ---: | ---: | ---: | ---: | --- |"
  rm -rf "$WORK/serve-data"; cp -r data "$WORK/serve-data"
  serve_edits "real (all plans of data/)" "$WORK/serve-data" koriyama/project_years.csv \
    '^(p001,2025,1,1,1,continued,人材育成推進事業)[^,]*,' projects/p001/index.html
  if [[ -d "$WORK/synth-10000" ]]; then
    rm -rf "$WORK/serve-synth"; cp -r "$WORK/synth-10000" "$WORK/serve-synth"
    first=$(sed -n '2p' "$WORK/serve-synth/city-0001/project_years.csv" | cut -d, -f1-6)
    name=$(sed -n '2p' "$WORK/serve-synth/city-0001/project_years.csv" | cut -d, -f7)
    serve_edits "synthetic 10k" "$WORK/serve-synth" city-0001/project_years.csv \
      "^(${first},${name})[^,]*," "projects/$(cut -d, -f1 <<<"$first")/index.html"
  fi
fi

echo "" >&2
echo "Results: $RESULTS" >&2
