#!/usr/bin/env bash
# Installs Debian's Chromium for the dashboard's browser tests (nothing downloads a browser build).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
command -v chromium
