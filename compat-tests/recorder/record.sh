#!/usr/bin/env bash
# Re-records every fixture from real PyTorch: runs each record_*.py in this folder with the
# system Python (/usr/bin/python3, where Debian's python3-torch 1.13 lives), installing
# python3-torch and python3-pandas with apt-get first if torch is missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py=/usr/bin/python3

if ! "$py" -c 'import torch' >/dev/null 2>&1; then
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update
  $sudo_cmd apt-get install -y python3-torch python3-pandas
fi

"$py" -c 'import torch; print("recording with torch", torch.__version__)'
for script in "$here"/record_*.py; do
  echo "== $(basename "$script")"
  "$py" -W ignore "$script"
done
