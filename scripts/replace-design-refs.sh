#!/usr/bin/env bash
# Turns every reference to "DESIGN §N" (a document outside the repository) into a link to
# docs/design.md#anchor or to the docs/*.md page that holds the fact. Run once, from anywhere in
# the checkout, after merging; it is idempotent. It ends by listing any reference left over and
# exits 1 if there is one, so nothing is missed.
#
# Replacements are literal (no regular expressions) and keyed on the exact text around each
# reference, so they still apply after a file has been moved; whatever a keyed replacement did not
# reach gets the plain one for its section number. In Markdown the link is written relative to the
# file (@DOCS@/ below is the path from the file's folder to docs/, empty inside docs/).
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
SELF=scripts/replace-design-refs.sh

# old ||| new — "\n" in old stands for a line break.
MARKDOWN_KEYED=$(
  cat <<'EOF'
declares the nine functions of DESIGN §6 for Excel ||| declares the nine functions of [docs/design.md](@DOCS@/design.md#functions) for Excel
## Decisions where DESIGN §6 is silent ||| ## Decisions beyond the contract ([docs/design.md](@DOCS@/design.md#functions))
neither 0 nor 100 % (DESIGN §3). ||| neither 0 nor 100 % ([docs/design.md](@DOCS@/design.md#progress)).
 (the window added to DESIGN's four) ||| 
Decisions where DESIGN §3 is silent: ||| Decisions beyond the contract in [docs/design.md](@DOCS@/design.md#progress):
lists the rules in DESIGN §5's order ||| lists the rules in the order of [docs/design.md](@DOCS@/design.md#rules)
Decisions where DESIGN §5 is silent: ||| Decisions beyond the contract in [docs/design.md](@DOCS@/design.md#rules):
standard forms of\nDESIGN §7 for a year ||| standard forms\n([design](@DOCS@/design.md#report-forms)) for a year
those of DESIGN §3 (`src/core/progress`) ||| those of [the design](@DOCS@/design.md#progress) (`src/core/progress`)
EOF
)

CODE_KEYED=$(
  cat <<'EOF'
laid out the way the reader expects (DESIGN §4) ||| laid out the way the reader expects (docs/reading.md)
User text is always written as text (DESIGN §7) ||| User text is always written as text (docs/reports.md#writing-sheets-both-writers)
The report forms of DESIGN §7 as neutral SheetSpecs ||| The report forms (docs/design.md#report-forms) as neutral SheetSpecs
for the whole period. DESIGN §3. ||| for the whole period (docs/design.md#progress).
Header words of each field (DESIGN §4) ||| Header words of each field (docs/design.md#tracking-fields)
First words of a total row (DESIGN §4) ||| First words of a total row (docs/reading.md#rows)
Read the data rows under a header (DESIGN §4) ||| Read the data rows under a header (docs/reading.md#rows)
Numbers as Vietnamese offices write them (DESIGN §4) ||| Numbers as Vietnamese offices write them (docs/design.md#tracking-fields)
Dates as Vietnamese offices write them (DESIGN §4) ||| Dates as Vietnamese offices write them (docs/design.md#tracking-fields)
(DESIGN §4; `from` > 1 ||| (docs/reading.md#finding-tables; `from` > 1
The fields a tracking table can have (DESIGN §4) ||| The fields a tracking table can have (docs/design.md#tracking-fields)
The rule codes of DESIGN §5: stable ||| The rule codes (docs/design.md#rules): stable
(coverage issues). DESIGN §5. ||| (coverage issues); docs/design.md#rules.
in the order of DESIGN §5's families ||| in the order of the families of docs/design.md#rules
not in the vocabulary of DESIGN §3 ||| not in the status vocabulary (docs/design.md#progress)
lists every function of DESIGN §6, and nothing else ||| lists every function the core declares, and nothing else
EOF
)

# Section number -> where its facts are now (a page, and an anchor of it).
declare -A TARGET=(
  [1]=design.md
  [2]=design.md#architecture
  [3]=design.md#progress
  [4]=reading.md
  [5]=design.md#rules
  [6]=design.md#functions
  [7]=design.md#report-forms
  [8]=design.md#command-line
  [9]=design.md
)

# Literal replacement of $1 by $2 in file $3 (old may span lines); an old text ending in a digit
# is not taken out of a longer number ("DESIGN §1" leaves "DESIGN §12" alone).
replace() {
  OLD="$1" NEW="$2" perl -0777 -pi -e '
    BEGIN { ($o, $n) = ($ENV{OLD}, $ENV{NEW}); $o =~ s/\\n/\n/g; $n =~ s/\\n/\n/g; }
    s/\Q$o\E(?!(?<=\d)\d)/$n/g;
  ' "$3"
}

apply_keyed() { # table file docs_prefix
  local old new
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    old=${line%%|||*}
    old=${old% }
    new=${line#*|||}
    new=${new# }
    replace "$old" "${new//@DOCS@\//$3}" "$2"
  done <<<"$1"
}

mapfile -t FILES < <(git grep -l -e 'DESIGN §' -e "DESIGN's" -- . ":!$SELF" || true)
for f in "${FILES[@]}"; do
  docs=$(realpath --relative-to="$(dirname "$f")" docs)/
  [ "$docs" = "./" ] && docs=""
  case "$f" in
    *.md)
      apply_keyed "$MARKDOWN_KEYED" "$f" "$docs"
      for n in "${!TARGET[@]}"; do
        t=${TARGET[$n]}
        replace "DESIGN §$n" "[docs/${t%%#*}](${docs}$t)" "$f"
      done
      ;;
    *)
      apply_keyed "$CODE_KEYED" "$f" "$docs"
      for n in "${!TARGET[@]}"; do replace "DESIGN §$n" "docs/${TARGET[$n]}" "$f"; done
      ;;
  esac
  echo "updated $f"
done

if left=$(git grep -n -e 'DESIGN §' -e "DESIGN's" -- . ":!$SELF"); then
  echo "References left to fix by hand:" >&2
  echo "$left" >&2
  exit 1
fi
echo "No reference to DESIGN left."
